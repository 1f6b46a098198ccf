"""A step dated, at the end of its clause, by a period that points back at a date told just
before it: "Russia left the first pact in November 2023, and Moscow revoked its ratification
of the second the same month". "The same month" names no month of the news; it is as old as
the date it points at, so when that date is history the step is too. `told_times` reads such
a time only when it opens the sentence ("In the same month, ...") or stands after "that"; told
later in the clause, after the step, it went unread and the step passed for news.

Only a date in the same sentence, before the pointer, is taken as its antecedent, and only a
date that is plainly old (its year written out, or a month and day well before the dateline)
makes the step history: "signed on Thursday ... and ratified the same day" stays news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import is_year
from bot.nlp.recaps import stale_date

_PERIODS = frozenset({"month", "year", "week", "day"})
_POINTERS = frozenset({"the", "that"})


def same_period_step(s: Sentence, first: int, last: int) -> bool:
    """Whether clause [first, last) holds "the same <period>" pointing back at an old date."""
    if "same" not in s.words:
        return False  # nearly every sentence
    for k in range(max(first, s.start + 1), min(last, s.end - 1)):
        if s.lowers[k] != "same" or s.lowers[k - 1] not in _POINTERS:
            continue
        if s.lowers[k + 1] not in _PERIODS:
            continue
        told = [d for d in s.dates if d.end <= k - 1]
        if not told:
            return False
        date = told[-1]
        return any(is_year(w) for w in s.lowers[date.start : date.end]) or stale_date(s, date)
    return False
