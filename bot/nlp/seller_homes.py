"""Whether the one-state currency of a deal a bare state body signs names the buyer, when
firms' homes are named beside it (body_buyers.py).

The homes of the firms a body contracts with are the sellers' ("with South Korea's Hanwha
Aerospace"), so they tell nothing of whose body signs: a story that so far named only the
seller's home ("The Armament Agency signed a contract worth PLN 11.2 billion with South
Korea's Hanwha", opening a regional page) named no buyer, and the zloty does. A price in the
seller's own money ("1.2 trillion won with South Korea's Hanwha") is no cue to the buyer; but
a consortium whose firms come from several states ("with a consortium of South Korea's Hanwha
and Polish WB Group") is paid in the buyer's money, the home of its local partner."""

from __future__ import annotations

from collections.abc import Collection, Sequence


def currency_names_buyer(
    issuer: str | None, countries: Sequence[str], sellers: Collection[str]
) -> bool:
    """Whether `issuer`, the state of the deal's currency, is its buyer, given the
    `countries` the story has named so far and the homes of the `sellers`."""
    if issuer is None:
        return False
    if issuer in sellers and len(sellers) == 1:
        return False  # the one seller's own money
    others = [name for name in countries if name not in sellers]
    return issuer in countries or not others
