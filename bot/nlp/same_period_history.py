"""A sentence dated by a period that points back at the one just told: "In February, it raised
the count to 4,700 casualties. Zelensky put the figure at around 4,000 that same month, while
the HUR later spoke of more than 6,000." "That same month" names no month of its own; it is
the month of the sentence before, so when every figure told there is history, the figures
dated by it are too. "The same year" after a year written out is read by same_time_back
(told_times.py); this reads a month or week from what was told before, which needs no
dateline. "compared with the same month last year" is a baseline, not a date, and is left alone.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.follow_on_history import history_like_before

_PERIODS = frozenset({"month", "week"})
_POINTERS = frozenset({"that", "the"})
# "up 5% on the same month last year", "compared with the same week": a comparison's baseline.
_COMPARING = frozenset({"from", "with", "on", "than", "over", "to", "versus", "vs"})


def same_period_history(
    s: Sentence, found: list[Quantity], before: Sequence[Quantity]
) -> list[Quantity]:
    """`found` with its reported figures made background when the sentence is dated "that
    same month" / "the same week" and every figure just told (`before`) is background."""
    words = s.words
    if not found or not before or "same" not in words or _PERIODS.isdisjoint(words):
        return found  # nearly every sentence: two set tests
    if not _same_period(s):
        return found
    return history_like_before(found, before)


def _same_period(s: Sentence) -> bool:
    """ "(that|the) same <month|week>" not opened by a comparing preposition."""
    lowers = s.lowers
    for k in range(s.start + 1, s.end - 1):
        if lowers[k] != "same" or lowers[k + 1] not in _PERIODS:
            continue
        if lowers[k - 1] in _POINTERS and not (k - 2 >= s.start and lowers[k - 2] in _COMPARING):
            return True
    return False
