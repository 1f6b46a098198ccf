"""A figure told in a ", when ..." clause hung on a full date that names its year: "The
first count came on Oct. 18, 2024, when the agency said 1,500 soldiers had left", "the
call-up began on 21 September 2022, when 300,000 reservists were drafted". News style leaves
the year off the dates of the current year, so a day written with its year is an earlier
year's, and what the "when" clause tells happened on that one day: the story's background,
with or without a dateline to measure it by, and whether the figure sits in the clause itself
or in what it reports said.

A month and year alone ("in September 2022, when ...") names a period a running count may
still be told against, and is left to the other rules (the dated-clause tests of `modality`).

A "when" clause with a future word ("in March 2026, when 5,000 troops will arrive") and one
whose figure lies past another comma are left to the other rules."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import is_year, month_day
from bot.nlp.figures import Figure
from bot.nlp.lexicon import FUTURE_MARKERS

_BREAKS = frozenset({",", ";", ":", "(", ")"})


def year_when(s: Sentence, f: Figure) -> bool:
    """The figure follows "<day, month and year>, when" with no clause break between."""
    if "when" not in s.words or not s.dates:
        return False  # nearly every sentence: one set test
    lowers = s.lowers
    for k in range(f.start - 1, s.start, -1):
        word = lowers[k]
        if word in _BREAKS:
            return False
        if word == "when":
            if lowers[k - 1] != ",":
                return False
            date = next((d for d in s.dates if d.end == k - 1), None)
            if date is None or month_day(lowers, date) is None:
                return False  # no day: "in September 2022" is a period
            if not any(is_year(w) for w in lowers[date.start : date.end]):
                return False
            return FUTURE_MARKERS.isdisjoint(lowers[k + 1 : s.clause_end(f.end)])
    return False
