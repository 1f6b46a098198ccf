"""A figure told in a ", when ..." clause hung on a full date that names its year: "The
first count came on Oct. 18, 2024, when the agency said 1,500 soldiers had left", "the
call-up began on 21 September 2022, when 300,000 reservists were drafted". News style leaves
the year off the dates of the current year, so a day written with its year is an earlier
year's, and what the "when" clause tells happened on that one day: the story's background,
with or without a dateline to measure it by, and whether the figure sits in the clause itself
or in what it reports said.

A month and year alone ("in September 2022, when ...") names a period a running count may
still be told against, and is left to the other rules (the dated-clause tests of `modality`),
unless the "when" clause opens on its figure with a past "were" / "was" ("in September 2022,
when 300,000 reservists were called up"): one event of that month.

So does a "when" clause whose verb is a saying ("in February 2025, when he said more than
46,000 soldiers had been killed"): a statement is made at one moment, and a figure it gave
in a month of a year written out is an old statement's, told for the record.

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
            if date is None:
                return False
            if month_day(lowers, date) is None:
                # no day: "in September 2022" is a period, unless its clause tells one event
                return _one_past_event(s, date.start, k, f) or _past_saying(s, date.start, k, f)
            if not any(is_year(w) for w in lowers[date.start : date.end]):
                return False
            return FUTURE_MARKERS.isdisjoint(lowers[k + 1 : s.clause_end(f.end)])
    return False


_PAST_BE = frozenset({"were", "was"})


def _one_past_event(s: Sentence, date_start: int, when: int, f: Figure) -> bool:
    """"the one in September 2022, when 300,000 reservists were called up": a month and
    year after "in", whose "when" clause has its figure as the subject of a past "were" /
    "was", tells one event of that month, not a running count told against it."""
    lowers = s.lowers
    if date_start - 1 < s.start or lowers[date_start - 1] != "in":
        return False
    if not any(is_year(w) for w in lowers[date_start:when]):
        return False
    if f.start != when + 1 and lowers[when + 1 : f.start] not in (["some"], ["about"]):
        return False  # the figure opens the clause: its subject
    return f.end < s.end and lowers[f.end] in _PAST_BE


# A statement made at one moment: "when he said", "when it put the toll at".
_SAYINGS = frozenset({"said", "told", "announced", "reported", "put", "gave", "estimated",
                      "claimed", "stated", "acknowledged", "admitted", "disclosed"})  # fmt: skip
_SAYING_REACH = 4  # "when", a subject of up to three words, the verb: "when the ministry said"


def _past_saying(s: Sentence, date_start: int, when: int, f: Figure) -> bool:
    """"in September 2022, when it said 5,937 soldiers had been killed": a month and year
    after "in", whose "when" clause is a past saying that tells the figure."""
    lowers = s.lowers
    if date_start - 1 < s.start or lowers[date_start - 1] != "in":
        return False
    if not any(is_year(w) for w in lowers[date_start:when]):
        return False
    verbs = lowers[when + 1 : min(f.start, when + 1 + _SAYING_REACH)]
    if _SAYINGS.isdisjoint(verbs):
        return False
    return FUTURE_MARKERS.isdisjoint(lowers[when + 1 : s.clause_end(f.end)])
