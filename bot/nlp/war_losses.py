"""Whose "losses" are men, not money: "North Korean losses had exceeded 4,000", "troop losses
topped 1,200". A bare number after "losses reached" is usually a sum the text forgot to give
a currency ("the airline's losses reached 400"), so "losses" alone is a level, not a count.
A side named right before it (a state, its demonym, an army) or a word of the battlefield
makes the losses a side's dead and wounded, which war reports count with no unit at all.
"""

from __future__ import annotations

from bot.nlp.context import Sentence

_LOSS_WORDS = frozenset({"losses"})
# "troop losses", "combat losses": modifiers that only a war's losses take.
_FORCE_MODIFIERS = frozenset(
    {"troop", "army", "military", "combat", "battlefield", "manpower", "personnel", "enemy",
     "frontline", "front-line"}
)  # fmt: skip


def counts_war_losses(s: Sentence, head: int) -> bool:
    """Whether token `head` is "losses" owned by a side: a name ends right before it ("North
    Korean losses", "Russia's losses") or a force word modifies it ("troop losses")."""
    if s.lowers[head] not in _LOSS_WORDS or head - 1 < s.start:
        return False
    before = s.lowers[head - 1]
    if before in _FORCE_MODIFIERS:
        return True
    owner = head - 1 if before in {"'s", "’s", "'"} else head
    return any(found.end == owner for found in s.mentions)
