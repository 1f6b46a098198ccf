"""Whose "enemy" it is when the source does not say: "According to the Air Force, in total the
enemy launched over Ukraine 87 drones" names no side in its source, but the enemy attacks
Ukraine, so it is Ukraine's enemy, Russia. The country the attack is aimed at, right after a
preposition of aim, is the side whose enemy the sentence counts."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Words naming the attacked side -> the side's name in `_OPPONENTS` of enemy_claims.py.
_SIDES = {"ukraine": "Ukraine", "ukrainian": "Ukraine", "russia": "Russia", "russian": "Russia"}
# "launched over Ukraine", "attacked Ukrainian territory", "fired at Russia".
_AIMS = frozenset({"over", "on", "against", "at", "into", "across"})
_ATTACKS = frozenset(
    {"launched", "launches", "launch", "attacked", "attacks", "attack", "fired", "fires",
     "fire", "struck", "strikes", "strike", "sent", "sends", "targeted", "targets"}
)  # fmt: skip
# Between the verb and the aim: "launched a total of", "attacked again".
_REACH = 6


def attacked_side(s: Sentence, enemy: int) -> str | None:
    """The side an attack verb after the enemy word at `enemy` is aimed at, else None:
    "the enemy launched over Ukraine" -> "Ukraine"; "attacked Ukrainian cities" ->
    "Ukraine". Two sides named as targets leave it unknown."""
    lowers = s.lowers
    end = min(s.end, enemy + _REACH)
    verb = next((k for k in range(enemy + 1, end) if lowers[k] in _ATTACKS), None)
    if verb is None:
        return None
    sides: set[str] = set()
    for k in range(verb + 1, min(s.end, verb + _REACH)):
        side = _SIDES.get(lowers[k])
        if side is not None and (lowers[k - 1] in _AIMS or k == verb + 1):
            sides.add(side)
    return sides.pop() if len(sides) == 1 else None
