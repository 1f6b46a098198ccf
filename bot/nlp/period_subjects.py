"""A period phrase between a counted noun and the copula that gives its count: "Russian losses
in May were more than 40,000", "North Korean casualties last month stood at about 1,000".
News narrows a monthly or yearly tally with the period right after its noun; the noun still
counts what the figure counts, and the owner before it still owns it. Only a month, a year
or "last/this/previous <time noun>" is skipped: a place ("losses in Kursk") is a scope of
its own, read elsewhere.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import MONTHS, RELATIVE_TIMES, TIME_NOUNS

# Not "since": a running total since a date ("casualties since February 2022 now stand at")
# sums every month, and a "now" total would retire the month's own counts as history.
_IN = frozenset({"in", "during", "for"})


def _year(word: str) -> bool:
    return len(word) == 4 and word.isdigit() and word[:2] in {"19", "20"}


def before_period(s: Sentence, k: int) -> int:
    """The token before a period phrase ending at token `k` ("losses | in May", "losses |
    in May 2025", "losses | last month"); `k` itself when no such phrase ends there."""
    lowers, start = s.lowers, s.start
    if k - 1 <= start:
        return k
    word = lowers[k]
    if word in TIME_NOUNS and lowers[k - 1] in RELATIVE_TIMES:
        return k - 2  # "last month", "this year"
    j = k
    if _year(word) and lowers[k - 1] in MONTHS:
        j = k - 1  # "in May 2025"
    if (lowers[j] in MONTHS or _year(lowers[j])) and j - 1 > start and lowers[j - 1] in _IN:
        return j - 2
    return k
