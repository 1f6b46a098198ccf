""""were signed in August and December 2022": the second of two joined dates shares the "in"
of the first, so the year dates the figure to the past just as "in December 2022" would."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan

_JOINS = frozenset({"and", "or"})


def in_joined(s: Sentence, date: DateSpan) -> bool:
    """`date` follows "and"/"or" right after another date that "in" or "during" opens."""
    if date.start - 1 <= s.start or s.lowers[date.start - 1] not in _JOINS:
        return False
    first = next((d for d in s.dates if d.end == date.start - 1), None)
    return first is not None and first.start > s.start and (
        s.lowers[first.start - 1] in {"in", "during"}
    )
