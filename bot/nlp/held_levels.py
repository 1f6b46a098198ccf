"""A bare number told as the level a count is kept at: "will rotate about 4,000 troops out
and replace them, keeping its presence at roughly the current level of some 15,000". The
level counts what the count just told in the same sentence counted (troops), so it takes
that count's unit; "at the level of 2021" after no count in its sentence is left alone."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence

_LEVEL = frozenset({"level", "levels"})


def held_level(s: Sentence, q_start: int, previous: Quantity) -> bool:
    """Whether the bare number at `q_start` is "the level of" the count just told."""
    if _LEVEL.isdisjoint(s.words) or previous.sentence != s.text:
        return False  # nearly every sentence: one set test
    return q_start - 2 >= s.start and s.lowers[q_start - 1] == "of" and (
        s.lowers[q_start - 2] in _LEVEL
    )
