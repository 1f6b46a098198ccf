"""Whose a sale's worth is when the seller names it: "Seoul's contracts to sell tanks and
jets to Poland are worth more than $13 billion". A deal is the buyer's (as in
company_homes.py and counterparties.py), but the seller's possessive on the deal noun reads
as the owner first. When the deal noun itself is "contracts to sell/supply/export ... to X",
X is the buyer the worth belongs to.

Only that shape: "Seoul has sold $13bn of tanks to Poland" tells the seller's sales, and a
buyer named after the figure ("deals worth $2bn to supply Poland") is left to the rules that
read parties after it."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_DEAL_NOUNS = frozenset(
    {"deal", "deals", "contract", "contracts", "agreement", "agreements", "order", "orders"}
)
_SELLING = frozenset({"sell", "supply", "export", "deliver", "provide"})
_REACH = 12  # "to sell tanks, howitzers and fighter jets to Poland"


def sale_buyer(s: Sentence, f: Figure) -> str | None:
    """The state a deal noun before the figure is to sell to, or None."""
    if _SELLING.isdisjoint(s.words):
        return None  # no verb of selling in the sentence: nearly every deal, one scan in C
    first = s.clause_start(f.start)
    for k in range(first + 1, f.start - 1):
        if s.lowers[k] not in _SELLING or s.lowers[k - 1] != "to":
            continue
        if k - 2 < first or s.lowers[k - 2] not in _DEAL_NOUNS:
            continue
        for j in range(k + 1, min(f.start, k + _REACH)):
            party = s.mention_after(j, _TO)
            if party is not None and party.kind == "country":
                return s.gazetteer.actor_of(party.entity)
    return None


_TO = frozenset({"to"})


# A sale told by its verb: "Seoul sold 180 tanks to Poland". Not "supplied" or "shipped": an
# ally's supplies ("North Korea supplied 12 million shells to Russia") stay the supplier's.
_SOLD = frozenset({"sold", "sells", "sell", "selling"})
_SALE_REACH = 12  # "sold 180 K2 main battle tanks and 96 howitzers to Poland"


def sold_to_buyer(s: Sentence, f: Figure, *, money: bool) -> str | None:
    """The state named after "to" of the verb "sell" before the figure in its clause: the
    goods sold and the deal they were sold under ("sold 180 tanks to Poland under a
    contract worth $6.5bn") are the buyer's, as a deal is (company_homes.py). Money sold
    as such ("has sold $3bn of drones to Romania") is the seller's sales: a sum is the
    buyer's only as the worth of a deal noun just before it. A perfect ("has sold ... since
2022") tells the seller's record of sales, not one sale, and stays the seller's."""
    if _SOLD.isdisjoint(s.words):
        return None  # no verb of a sale in the sentence: nearly every figure
    if money and _DEAL_NOUNS.isdisjoint(s.lowers[max(s.start, f.start - _WORTH_REACH) : f.start]):
        return None
    first = s.clause_start(f.start)
    verb = next((k for k in range(first, f.start) if s.lowers[k] in _SOLD), None)
    if verb is None or s.lowers[verb - 1] in _PERFECT:
        return None  # "Seoul has sold dozens of jets to Warsaw since 2022": its sales record
    for j in range(verb + 1, min(s.end, verb + _SALE_REACH)):
        if s.lowers[j] in _BREAKS:
            return None  # "sold 100 tanks, and Poland ...": the sale's clause has ended
        party = s.mention_after(j, _TO)
        if party is not None and party.kind == "country":
            return s.gazetteer.actor_of(party.entity)
    return None


_BREAKS = frozenset({";", ".", "while", "but", "whereas", "and"})
_PERFECT = frozenset({"has", "have", "had"})
_WORTH_REACH = 3  # "a contract worth some", "under a deal worth"
