"""A bare number a force has been brought to: "The reinforcements bring the North Korean force
in Russia to around 14,000". After a batch ("sent about 3,000 more soldiers"), news gives the
level the whole deployment now stands at, with no noun after the number. `brought_levels`
reads "to" only with "back" or a bound, and the running-total test only after a count noun
("total", "contingent"), so a force named as such went unread.

Only a verb of raising, then a force noun ("force", "deployment", "presence", "garrison"),
then "to" right before the number, with no clause break between: "bring the force to bear"
has no number, and "raised prices for the force to 10,000" has no force as the verb's object
right after it."""

from __future__ import annotations

from bot.nlp.context import Sentence

_RAISING = frozenset(
    {"bring", "brings", "bringing", "brought", "raise", "raises", "raising", "raised",
     "take", "takes", "taking", "took", "boost", "boosts", "boosting", "boosted", "swell",
     "swells", "swelling", "swelled"}
)  # fmt: skip
_FORCES = frozenset({"force", "deployment", "presence", "garrison", "contingent"})
_BREAKS = frozenset({",", ";", ":", ".", "and", "but", "while", "which", "who", "that"})
_REACH = 8  # "bring the North Korean force in Russia to"


def force_brought_to(s: Sentence, q_start: int) -> bool:
    """Whether the bare number whose qualifier starts at `q_start` is the level a force has
    been brought to ("... bring the force in Russia to around 14,000")."""
    to = q_start - 1
    if to <= s.start or s.lowers[to] != "to":
        return False
    forced = False
    for j in range(to - 1, max(s.start, to - 1 - _REACH) - 1, -1):
        word = s.lowers[j]
        if word in _BREAKS or word[:1].isdigit():
            return False
        if word in _RAISING:
            return forced
        forced = forced or word in _FORCES
    return False
