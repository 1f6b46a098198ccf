"""A deal signed to buy goods is a purchase, no treaty: "Poland signed a deal on Tuesday to
buy 96 attack helicopters from the United States" names a seller state, yet what is signed
is a sale, as a deal priced or named by its goods is."""

from __future__ import annotations

from bot.nlp.context import Sentence

_BUYING = frozenset({"buy", "purchase", "acquire", "procure", "order"})
_REACH = 5  # "a deal on Tuesday to buy", "a deal worth billions to buy"


def deal_to_buy(s: Sentence, trigger: int) -> bool:
    """Whether "to buy" (or purchase, acquire, procure, order) follows the deal noun at
    `trigger` within a few words."""
    if _BUYING.isdisjoint(s.words):
        return False  # most deals: no buying verb anywhere
    after = s.lowers[trigger + 1 : min(s.end, trigger + 1 + _REACH)]
    return any(after[k] == "to" and after[k + 1] in _BUYING for k in range(len(after) - 1))
