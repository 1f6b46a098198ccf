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
