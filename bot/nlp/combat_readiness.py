"""Troops readied for combat are troops at hand: in "about 9,000 soldiers were being prepared
for combat" the men exist and are counted now; what is still ahead is the fighting, not their
coming. "another 5,000 are being prepared" or "being prepared for deployment" readies a force
still to be sent, so only a purpose of fighting ("for combat", "for the front", "for battle")
lifts the plan, and only when no word after it points the sending ahead ("to be sent")."""

from __future__ import annotations

from bot.nlp.context import Sentence

_BE = frozenset({"is", "are", "was", "were"})
_READIED = frozenset({"prepared", "readied", "trained", "drilled"})
# What readied men are for when they are already where they will fight.
_FIGHTING = frozenset(
    {"combat", "battle", "fighting", "front", "frontline", "front-line", "assaults", "assault"}
)
_ARTICLES = frozenset({"the", "a", "an"})
# A sending after the purpose ("for combat and would be sent to Kursk") keeps the plan.
_SENDING = frozenset({"sent", "deployed", "dispatched", "transferred", "shipped", "send"})


def readied_for_combat(s: Sentence, k: int) -> bool:
    """Token `k` opens "were being <prepared> for (the) <combat word>" with no sending after."""
    if k + 4 >= s.end or s.lowers[k + 1] != "being" or s.lowers[k] not in _BE:
        return False  # the common case: three word tests
    if s.lowers[k + 2] not in _READIED or s.lowers[k + 3] != "for":
        return False
    j = k + 4 + (s.lowers[k + 4] in _ARTICLES)
    return j < s.end and s.lowers[j] in _FIGHTING and _SENDING.isdisjoint(s.lowers[j + 1 : s.end])
