"""Killings told by their manner: "40 protesters were shot dead", "12 villagers were hacked
dead". The manner verb stands where the fate word is looked for; the "dead" after it is the
fate, so the people counted are casualties whatever noun names them."""

from __future__ import annotations

from bot.nlp.context import Sentence

_MANNERS = frozenset({"shot", "stabbed", "beaten", "hacked", "gunned", "burned", "burnt"})


def past_manner(s: Sentence, k: int) -> int:
    """`k`, or the position of the "dead" after a manner of killing at `k`."""
    if k + 1 < s.end and s.lowers[k] in _MANNERS and s.lowers[k + 1] == "dead":
        return k + 1
    return k
