"""A deal noun "to sell ... to X" makes the worth the buyer's (`bot.nlp.sale_contracts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_contracts_to_sell_to_a_buyer_are_the_buyers(extractor: Extractor) -> None:
    text = "Ankara's contracts to supply drones and rifles to Romania are worth about $3 billion."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Romania"


def test_a_sellers_own_sales_stay_the_sellers(extractor: Extractor) -> None:
    text = "Turkey has sold $3 billion of drones to Romania."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Turkey"
