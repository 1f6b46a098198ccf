"""Deals summed since a past event, told in more shapes than "orders worth $20bn since 2022":
"has ordered 364 guns under two contracts worth $2.4 billion and $2.6 billion since Russia
invaded Ukraine in February 2022" (a later sum in a list, a dated clause after "since") and
"Since 2022 it has signed contracts worth more than $20 billion" (the period fronted) and
"has ordered 290 launchers since 2022 under two contracts worth a combined $5.2 billion" (the
perfect's period before the sum). Each is the buyer's record, background to the day's deal."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_PLURAL_DEALS = frozenset({"orders", "contracts", "deals", "sales", "purchases"})
_VALUED = frozenset({"worth", "valued", "totalling", "totaling", "totalled"})
_LIST_REACH = 10  # "contracts worth $2.4 billion and $2.6 billion"
_GOODS = 4  # "contracts for the system worth", "orders for 48 guns worth"
_CLAUSE_REACH = 8  # "since Russia invaded Ukraine in February 2022"


def summed_since(s: Sentence, f: Figure) -> bool:
    """Whether `f` is a sum of plural deals whose period "since" a dated event opens."""
    first = s.clause_start(f.start)
    before = s.lowers[max(first, f.start - _LIST_REACH) : f.start]
    valued = next((k for k in range(len(before) - 1, -1, -1) if before[k] in _VALUED), None)
    # "contracts worth", "contracts for the system worth": the deals may name their goods
    if valued is None or _PLURAL_DEALS.isdisjoint(before[max(0, valued - _GOODS) : valued]):
        return False
    if s.lowers[first] == "since" and any(first < d.start <= first + 2 for d in s.dates):
        return True  # "Since 2022 it has signed contracts worth ..."
    if _perfect_since(s, first, f.start):
        return True  # "has ordered 290 launchers since 2022 under two contracts worth ..."
    last = s.clause_end(f.end)
    if last < s.end and s.lowers[last] == ",":
        last = s.clause_end(last + 1)  # "..., respectively, since ..."
    since = next((k for k in range(f.end, last) if s.lowers[k] == "since"), None)
    return since is not None and any(since < d.start <= since + _CLAUSE_REACH for d in s.dates)


_PERFECT = frozenset({"has", "have"})


def _perfect_since(s: Sentence, first: int, figure: int) -> bool:
    """A present perfect whose "since <date>" stands between it and the sum: the orders are
    counted from that date up to now. "had ordered ... since" is left alone: a past perfect
    may count to a past moment the article goes on from."""
    since = next((k for k in range(figure - 1, first, -1) if s.lowers[k] == "since"), None)
    if since is None or _PERFECT.isdisjoint(s.lowers[first:since]):
        return False
    return any(since < d.start <= since + 2 for d in s.dates)
