"""A figure told inside a relative aside on a past purchase: "crews trained on the Abrams
tank, which Poland bought in a $4.75 billion deal for 250 tanks", "the jets, which Seoul
ordered for $3bn". The aside explains a thing the news mentions by how it was once bought,
so its price and its count are the lead-up, not the news. A purchase told in the main clause
("Poland bought 250 tanks in a $4.75bn deal") is the news and is left alone, as is one still
to come ("which Poland will buy").
"""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_PURCHASES = frozenset({"bought", "purchased", "ordered", "acquired", "procured"})
_RELATIVES = frozenset({"which", "who"})
_SUBJECT_REACH = 3  # "which the Polish army bought": a short subject before the verb
_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "but"})


def bought_aside(s: Sentence, f: Figure) -> bool:
    """Whether `f` follows, in the same aside, ", which <subject> <bought> ..."."""
    if _PURCHASES.isdisjoint(s.words) or _RELATIVES.isdisjoint(s.words):
        return False  # nearly every sentence: two set tests
    lowers = s.lowers
    k = f.start - 1
    while k > s.start and lowers[k] not in _PURCHASES:
        if lowers[k] in _BREAKS:
            return False  # the figure sits in a clause of its own, after the aside
        k -= 1
    if lowers[k] not in _PURCHASES:
        return False
    j = k - 1
    while j > s.start and k - j <= _SUBJECT_REACH and lowers[j] not in _RELATIVES:
        if lowers[j] in _BREAKS or lowers[j] in {"has", "have", "had", "will", "would"}:
            return False
        j -= 1
    if lowers[j] not in _RELATIVES or j == k - 1:
        return False  # "which bought": the relative is the buyer, no subject of its own
    return j - 1 >= s.start and lowers[j - 1] == ","
