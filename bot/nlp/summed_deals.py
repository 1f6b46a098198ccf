"""A sum of the deals the article has listed: "Altogether, Warsaw has signed Korean contracts
worth nearly 90 billion zlotys". After the contracts were told one by one, a sentence opened
by "Altogether" (or "In all", "In total") adds them up: the total is their history, not a new
deal, so it fires no deal alert of its own. One deal told before is not a list, and a total
that opens an article sums nothing it told."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Modality, Quantity

_SUMMING = ("altogether", "in all,", "in total,", "all told", "all in all")
_MONEY = frozenset({"money", "deal"})
_LISTED = 2  # deals told before the total


def summed_deals(quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with money totals of the deals listed before them made background."""
    out: list[Quantity] = []
    deals_told = 0
    for q in quantities:
        if q.category in _MONEY:
            if (
                deals_told >= _LISTED and q.modality is Modality.REPORTED
                and q.sentence.lower().startswith(_SUMMING)
            ):  # fmt: skip
                q = replace(q, modality=Modality.BACKGROUND)
            elif q.category == "deal":
                deals_told += 1
        out.append(q)
    return out
