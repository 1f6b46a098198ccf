"""Figures of deals the sentence itself calls earlier: "Poland had ordered 290 launchers in
earlier contracts worth a combined $5.3bn", "under previous orders worth $2bn". "Earlier",
"previous" and "prior" set the deal before the one the story is about, so both its price and
what it bought are history, whatever the verb's tense. Only the deal noun those words modify
dates the figure: its price right after it ("earlier contracts worth $5.3bn") or its goods
right before it ("290 launchers in earlier contracts"); "an earlier estimate put losses at
3,000" dates no sale and is read elsewhere."""

from __future__ import annotations

from bot.nlp.bought_asides import bought_aside
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_EARLIER = frozenset({"earlier", "previous", "prior"})
_DEALS = frozenset({"contract", "contracts", "deal", "deals", "order", "orders", "agreements"})
# "earlier contracts worth a combined $5.3bn": words from the deal noun to its price.
_PRICING = frozenset({"worth", "valued", "totalling", "totaling", "of", "at", "a", "combined",
                      "total", "some", "about", "around"})  # fmt: skip
_PRICE_REACH = 4
# "290 launchers in earlier contracts", "bought under two previous orders".
_UNDER = frozenset({"in", "under", "through", "via", "from"})


def earlier_deal(s: Sentence, f: Figure) -> bool:
    """Whether `f` prices, or is bought in, a deal its sentence calls earlier."""
    if bought_aside(s, f):
        return True  # "the Abrams tank, which Poland bought in a $4.75bn deal for 250 tanks"
    if _EARLIER.isdisjoint(s.words):
        return False  # nearly every sentence: one set test
    first, last = s.clause_start(f.start), s.clause_end(f.end)
    for k in range(first, last - 1):
        if s.lowers[k] not in _EARLIER or s.lowers[k + 1] not in _DEALS:
            continue
        noun = k + 1
        if noun < f.start <= noun + _PRICE_REACH and all(
            w in _PRICING for w in s.lowers[noun + 1 : f.start]
        ):
            return True  # the earlier deal's price
        if k - 1 == f.end and s.lowers[k - 1] in _UNDER:
            return True  # the goods bought in it
    return False
