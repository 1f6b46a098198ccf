"""A bare number a running count has been brought back to or past: "bringing the contingent
back above 10,000", "taking the fleet back to 40", "pushing its total over 5,000". News tells a
new batch ("sent about 3,000 more troops") and then the level the whole count has reached, with
no noun after the number; `implied._running_total` reads only "to" right before it, so a bound
("above", "over") or a "back" saying the count returns to an earlier level went unread.

Only a verb of raising and a total or collective noun ("total", "contingent", "fleet") before
the number, with "back" or a bound between them and it: "bringing the contingent 10,000" is
no English, and "raising prices back above 10,000" names no count, so both are left alone.
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.force_brought_levels import force_brought_to

_RAISING = frozenset(
    {"bringing", "brings", "bring", "brought", "raising", "raises", "raised", "pushing", "pushed",
     "taking", "took", "lifting", "lifted", "putting", "puts"}
)  # fmt: skip
_COUNTS = frozenset(
    {"total", "totals", "toll", "tally", "count", "number", "contingent", "fleet", "arsenal",
     "stockpile", "force", "deployment", "presence", "strength"}
)  # fmt: skip
_BOUNDS = frozenset({"above", "over", "beyond", "past", "below", "under", "more", "nearly",
                     "almost", "close", "just", "well"})  # fmt: skip
_STEPS = frozenset({"back", "up", "down", "again"})
_BREAKS = frozenset({";", ":", ".", "and", "but", "while", "which", "who"})
_REACH = 8  # "bringing the North Korean contingent in Russia back above"


def brought_level(s: Sentence, q_start: int) -> bool:
    """Whether the bare number whose qualifier starts at `q_start` is the level a count has been
    brought back to or past."""
    if force_brought_to(s, q_start):
        return True  # "bring the force in Russia to around 14,000": "to" alone after a force
    k = q_start - 1
    stepped = False
    while k > s.start and s.lowers[k] in _STEPS | {"to"}:
        stepped = stepped or s.lowers[k] in _STEPS
        k -= 1
    bounded = q_start < s.end and s.lowers[q_start] in _BOUNDS
    if not (stepped or bounded) or k <= s.start:
        return False
    counted = False
    for j in range(k, max(s.start, k - _REACH) - 1, -1):
        word = s.lowers[j]
        if word in _BREAKS or word[:1].isdigit():
            return False
        counted = counted or word in _COUNTS
        if word in _RAISING:
            return counted
    return False
