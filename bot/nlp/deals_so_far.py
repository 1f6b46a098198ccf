"""The value of all the contracts signed up to now: "The executive contracts signed so far are
worth about $16.6 billion", "Orders placed to date total more than $20 billion". Plural deals
summed "so far" or "to date" are the buyer's record, background to the day's deal; an alert on
the sum would report old sales as a new one. (`since_deals` reads the sum told "since 2022".)"""

from __future__ import annotations

from itertools import pairwise

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_PLURAL_DEALS = frozenset({"orders", "contracts", "deals", "sales", "purchases", "agreements"})
_SO_FAR = frozenset({("so", "far"), ("to", "date"), ("thus", "far")})
_FAR_OR_DATE = frozenset({"far", "date"})
_VALUED = frozenset(
    {"worth", "valued", "total", "totals", "totalled", "totaled", "totalling", "totaling",
     "amount", "amounted", "exceed", "exceeded", "top", "topped"}
)  # fmt: skip
_REACH = 12  # "The executive contracts signed with Seoul so far are worth about"


def summed_so_far(s: Sentence, f: Figure) -> bool:
    """Whether `f` is the value of plural deals its clause sums "so far" or "to date"."""
    if _FAR_OR_DATE.isdisjoint(s.words) or _PLURAL_DEALS.isdisjoint(s.words):
        return False  # nearly every sentence: two set tests
    first = max(s.clause_start(f.start), f.start - _REACH)
    before = s.lowers[first : f.start]
    noun = next((k for k, w in enumerate(before) if w in _PLURAL_DEALS), None)
    if noun is None or _VALUED.isdisjoint(before[noun + 1 :]):
        return False
    return any(pair in _SO_FAR for pair in pairwise(before[noun + 1 :]))
