"""A deal signed to buy goods is a purchase, no treaty: "Poland signed a deal on Tuesday to
buy 96 attack helicopters from the United States" names a seller state, yet what is signed
is a sale, as a deal priced or named by its goods is."""

from __future__ import annotations

from bot.nlp.context import Sentence

_BUYING = frozenset({"buy", "purchase", "acquire", "procure", "order"})
_REACH = 5  # "a deal on Tuesday to buy", "a deal worth billions to buy"
# "a deal with the US government on Thursday to buy": the seller and the day add words.
_PARTNER_REACH = 8
# A clause of its own between ("a deal that lets Ukraine buy"): the buyer is another.
_CLAUSE_WORDS = frozenset({"that", "which", "allowing", "allows", "lets", "letting", "enabling",
                           "enables", "for"})  # fmt: skip


def deal_to_buy(s: Sentence, trigger: int) -> bool:
    """Whether "to buy" (or purchase, acquire, procure, order) follows the deal noun at
    `trigger` within a few words."""
    if _BUYING.isdisjoint(s.words):
        return False  # most deals: no buying verb anywhere
    after = s.lowers[trigger + 1 : min(s.end, trigger + 1 + _REACH)]
    if any(after[k] == "to" and after[k + 1] in _BUYING for k in range(len(after) - 1)):
        return True
    return s.lowers[trigger + 1 : trigger + 2] == ["with"] and _partner_then_buy(s, trigger)


def _partner_then_buy(s: Sentence, trigger: int) -> bool:
    """"a deal with the US government on Thursday to buy": the first "to" past the seller
    and the day opens the purchase, unless a clause of its own comes first."""
    after = s.lowers[trigger + 1 : min(s.end, trigger + 1 + _PARTNER_REACH)]
    if "to" not in after[:-1]:
        return False
    to = after.index("to")
    return _CLAUSE_WORDS.isdisjoint(after[:to]) and after[to + 1] in _BUYING
