"""Whose "enemy" it is when the speaker names no side but cites a source that does: "Citing
the General Staff of the Russian Armed Forces, the spokeswoman said the enemy had lost more
than 70,000 servicemen". The spokeswoman's title ("Foreign Ministry spokeswoman") names no
state, but she vouches the figure with a belligerent's own tally, and that tally's "enemy"
is the other side."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Words naming a side -> the side's name in `_OPPONENTS` of enemy_claims.py (a possessive
# "Russia's" is two tokens, so the name alone stands for it).
SIDE_WORDS = {"ukraine": "Ukraine", "ukrainian": "Ukraine", "russia": "Russia", "russian": "Russia"}
_CITING = frozenset({"citing"})
# The cited source ends at its clause's comma ("Citing X, Y said"); a long one is still a name
# ("the General Staff of the Russian Armed Forces").
_BREAKS = frozenset({",", ";", ":", "that"})
_REACH = 10


def cited_side(s: Sentence, enemy: int) -> str | None:
    """The one side named in a "citing <source>" phrase before the enemy word at `enemy`, or
    None (no such phrase, or it names both sides or neither)."""
    if _CITING.isdisjoint(s.words):
        return None  # nearly every sentence: one set test
    lowers = s.lowers
    for k in range(s.start, enemy):
        if lowers[k] not in _CITING:
            continue
        sides: set[str] = set()
        for j in range(k + 1, min(enemy, k + 1 + _REACH)):
            if lowers[j] in _BREAKS:
                break
            side = SIDE_WORDS.get(lowers[j])
            if side is not None:
                sides.add(side)
        return sides.pop() if len(sides) == 1 else None
    return None
