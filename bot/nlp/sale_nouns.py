"""The buyer of a deal told as one sale to a state: "the State Department approved the sale
to Poland of 400 missiles in a deal worth $3.8 billion", "a $1.1 billion sale of Patriot
interceptors to Romania". A sale is made to its buyer, so its worth is the buyer's (as a deal
is: company_homes.py), not the seller's who approves it or is the subject.

Only the singular noun: "Seoul's arms sales to Poland reached $13 billion" tallies a
seller's exports (sale_contracts.py keeps those the seller's)."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_SALE = "sale"
_TO = frozenset({"to"})
_REACH = 12  # "sale of Patriot PAC-3 MSE interceptors and related equipment to Romania"
# A new clause or list item: a "to" after it is no longer the sale's.
_STOPS = frozenset({",", ";", ".", ":", "which", "that", "who", "while", "but"})


def sale_noun_buyer(s: Sentence, f: Figure) -> str | None:
    """The state after "to" of the noun "sale" that the deal figure `f` prices: the noun
    right after the figure ("a $1.1 billion sale ... to Romania") or earlier in its clause
    ("the sale to Poland of ... in a deal worth $3.8 billion"), else None."""
    if _SALE not in s.words:
        return None  # nearly every deal figure: one scan in C
    if f.end < s.end and s.lowers[f.end] == _SALE:
        noun: int | None = f.end
    else:
        first = s.clause_start(f.start)
        noun = next((k for k in range(f.start - 1, first - 1, -1) if s.lowers[k] == _SALE), None)
    if noun is None:
        return None
    for k in range(noun + 1, min(s.end, noun + _REACH)):
        if s.lowers[k] in _STOPS:
            return None
        party = s.mention_after(k, _TO)
        if party is not None and party.kind == "country":
            return s.gazetteer.actor_of(party.entity)
    return None
