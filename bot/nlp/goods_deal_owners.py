"""A contract's worth whose buyer is named only through the goods it buys: "The Armament
Agency signed a contract with South Korea's Hanwha Aerospace for 72 Homar-K launchers on
Jelcz trucks, worth about $1.7 billion (PLN 6.9 billion)". The buyer is an agency no state
owns in the gazetteer, but the launchers already read as Poland's, and the money is what
they cost: the deal is the goods' owner's too, not the seller's.

Only the shape "for <N goods> ..., worth <money>" counts, with the goods told first and
"worth" between: "bought 40 jets from X, and its budget is worth $2 billion" ties nothing."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_NOT_GOODS = frozenset({"money", "deal", "troop", "casualty", "person", "percentage", "year"})
_GAP_REACH = 90  # characters from the goods to their worth
# The goods' own words, then ", worth (about) $": no clause, no second deal between.
_WORTH = re.compile(r"^[^,;]*,\s*worth(?:\s+[a-z]+){0,2}\s*[(]?\s*$|^[^,;]*,\s*worth[^,;]*[(]\s*$")
_QUALIFIERS = frozenset({"about", "some", "up", "to", "more", "than", "nearly", "around"})


def goods_deal_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The sentence's figures, an unowned deal worth told after "for <N goods>" given the
    goods' owner."""
    if "worth" not in s.words or not any(q.category == "deal" and q.actor is None for q in found):
        return found  # nearly every sentence: no contract's worth without an owner
    text = s.tokens.text
    out = list(found)
    for k, q in enumerate(out):
        if q.category != "deal" or q.actor is not None:
            continue
        goods = next((g for g in reversed(out[:k]) if g.category not in _NOT_GOODS), None)
        if goods is None or goods.actor is None or q.start - goods.end > _GAP_REACH:
            continue
        if not _WORTH.search(text[goods.end : q.start]) or not _bought(s, goods):
            continue
        out[k] = replace(q, actor=goods.actor)
    return out


def _bought(s: Sentence, goods: Quantity) -> bool:
    """Whether the goods are what a contract is "for": "a contract ... for 72 launchers"."""
    k = bisect_left(s.tokens.idxs, goods.start) - 1
    while k > s.start and s.lowers[k] in _QUALIFIERS:
        k -= 1
    return k >= s.start and s.lowers[k] == "for"
