"""A movement under way is news, not a plan: in "about 2,600 soldiers were being moved towards
the Kursk region" the men are on the road as the source speaks, and a watch on troop numbers
should hear of them. The progressive passive otherwise tells what is still being readied
("two brigades were being prepared", "another 5,000 are being trained at home"), so only a
verb of moving men or goods lifts the plan, and only when no word points the move ahead
("are being sent next month")."""

from __future__ import annotations

from bot.nlp.combat_readiness import readied_for_combat
from bot.nlp.context import Sentence

_BE = frozenset({"is", "are", "was", "were"})
_MOVED = frozenset(
    {"moved", "sent", "transferred", "redeployed", "deployed", "relocated", "shipped",
     "transported", "flown", "dispatched", "bused", "bussed", "ferried", "rotated"}
)  # fmt: skip
# Words after the verb that put the move still ahead of the news.
_AHEAD = frozenset({"next", "soon", "later", "coming", "shortly", "eventually"})


def moving_now(s: Sentence, k: int) -> bool:
    """Token `k` opens "were being <moved>" with nothing after it pointing ahead."""
    if k + 2 >= s.end or s.lowers[k + 1] != "being" or s.lowers[k] not in _BE:
        return False  # the common case: three word tests
    if readied_for_combat(s, k):
        return True  # "were being prepared for combat": the men are there, the fight ahead
    return s.lowers[k + 2] in _MOVED and _AHEAD.isdisjoint(s.lowers[k + 3 : s.end])
