"""The sum of many deals won over the years: "which has won Polish orders worth more than $20
billion since 2022". Plural orders added up since a past date are the seller's record, told
as background to the day's deal; an alert on them would report old sales as a new one."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.deals_so_far import summed_so_far
from bot.nlp.figures import Figure
from bot.nlp.maker_deals import summed_with_makers
from bot.nlp.since_deals import summed_since

_PLURAL_DEALS = frozenset({"orders", "contracts", "deals", "sales", "purchases"})
_VALUED = frozenset({"worth", "valued", "totalling", "totaling", "totalled"})
_NOUN_REACH = 3  # "orders worth more than", "contracts valued at about"


def deal_tally(s: Sentence, f: Figure) -> bool:
    if summed_so_far(s, f):  # "The contracts signed so far are worth about $16.6 billion"
        return True
    if summed_with_makers(s, f):  # "has signed contracts worth $20bn with Korean makers"
        return True
    if "since" not in s.words or _PLURAL_DEALS.isdisjoint(s.words):
        return False
    if summed_since(s, f):
        return True
    before = s.lowers[max(s.start, f.start - _NOUN_REACH - 1) : f.start]
    valued = next((k for k, w in enumerate(before) if w in _VALUED), None)
    if valued is None or _PLURAL_DEALS.isdisjoint(before[max(0, valued - 1) : valued]):
        return False
    last = s.clause_end(f.end)
    since = next((k for k in range(f.end, last) if s.lowers[k] == "since"), None)
    # "since 2022", "since early 2022": a date that opens the period summed up.
    return since is not None and any(since < d.start <= since + 2 for d in s.dates)
