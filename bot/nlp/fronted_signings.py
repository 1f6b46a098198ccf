"""A sentence opened by the deal it acts under, and that deal's signing date: "Under a second
executive contract for K2 tanks, signed in August, Warsaw ordered 180 tanks worth $6.5
billion", "Under the 2023 framework agreement signed on March 3, the army bought 48 guns".
The order was placed when the contract was signed, so the signing date dates the main
clause's act as "In August, Warsaw ordered ..." would (`fronted_stale`), and the same
measure of "before the news" applies to it: a story written in September tells August's
order as the lead-up to its news.

Only an opening "Under" and a deal noun, then "signed", "concluded" or "agreed" and its
"in"/"on" date set off by a comma; "Under a deal signed on Monday, ..." in Tuesday's story
is still the news, and "Under the contract, Warsaw will order ..." has no date at all."""

from __future__ import annotations

from collections.abc import Callable

from bot.nlp.context import Sentence

_OPENERS = frozenset({"under"})
_DEALS = frozenset(
    {"contract", "contracts", "deal", "deals", "agreement", "agreements", "order", "orders",
     "accord", "pact", "framework"}
)  # fmt: skip
_SIGNED = frozenset({"signed", "concluded", "agreed", "awarded"})
_REACH = 10  # "Under a second executive contract for K2 tanks, signed"


def fronted_signing(s: Sentence, first: int, stale: Callable[[Sentence, int], bool]) -> bool:
    """Whether the sentence (or clause) opening at token `first` with "Under <deal>, signed
    in <date>," is dated before the news by that date, `stale` judging the date opening
    at the "in"/"on" token as a fronted date."""
    lowers = s.lowers
    if lowers[first] not in _OPENERS:
        return False
    deal = False
    for k in range(first + 1, min(s.end - 2, first + 1 + _REACH)):
        word = lowers[k]
        if word in _DEALS:
            deal = True
        elif word in _SIGNED:
            return deal and lowers[k + 1] in {"in", "on"} and stale(s, k + 1)
        elif word in {".", ";", ":"} or (word == "," and not deal):
            return False
    return False
