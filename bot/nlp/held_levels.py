"""A bare number told as the level a count is kept at: "will rotate about 4,000 troops out
and replace them, keeping its presence at roughly the current level of some 15,000". The
level counts what the count just told in the same sentence counted (troops), so it takes
that count's unit; "at the level of 2021" after no count in its sentence is left alone. So
does a presence kept at a number: "has sent 3,000 fresh troops, keeping its military presence
there at around 11,000" counts the troops kept there."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.context import Sentence

_LEVEL = frozenset({"level", "levels"})
_KEEPING = frozenset(
    {"keeping", "keep", "keeps", "kept", "maintaining", "maintain", "maintains", "maintained"}
)
_PRESENCE = frozenset({"presence", "strength", "numbers"})
_PRESENCE_REACH = 5  # "its military presence there at", "its presence in the Kursk region at"


def held_level(s: Sentence, q_start: int, previous: Quantity) -> bool:
    """Whether the bare number at `q_start` is "the level of" the count just told."""
    if previous.sentence != s.text:
        return False
    if _LEVEL.isdisjoint(s.words):
        return _kept_presence(s, q_start)  # nearly every sentence: two set tests there
    return q_start - 2 >= s.start and s.lowers[q_start - 1] == "of" and (
        s.lowers[q_start - 2] in _LEVEL
    )


def _kept_presence(s: Sentence, q_start: int) -> bool:
    """Whether "keeping its (military) presence (there) at" ends right before `q_start`."""
    if _PRESENCE.isdisjoint(s.words) or _KEEPING.isdisjoint(s.words):
        return False
    if q_start - 1 <= s.start or s.lowers[q_start - 1] != "at":
        return False
    for k in range(q_start - 2, max(s.start, q_start - 2 - _PRESENCE_REACH) - 1, -1):
        if s.lowers[k] in _PRESENCE:
            return not _KEEPING.isdisjoint(s.lowers[max(s.start, k - 3) : k])
    return False
