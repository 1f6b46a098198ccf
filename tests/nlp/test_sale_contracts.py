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


def test_goods_sold_to_a_buyer_and_their_deal_are_the_buyers(extractor: Extractor) -> None:
    text = "Ankara sold 40 drones to Romania last month under a deal worth $900 million."
    found = extractor.extract(text).quantities
    assert [(q.measure, q.actor) for q in found] == [("drone", "Romania"), ("dollar", "Romania")]


def test_goods_supplied_to_an_ally_stay_the_suppliers(extractor: Extractor) -> None:
    # Near miss: "supplied" is an ally's aid, not a sale (`sold_to_buyer` reads only "sell").
    text = "Iran supplied 400 drones to Russia last year."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Iran"


def test_a_sellers_record_of_goods_sold_stays_the_sellers(extractor: Extractor) -> None:
    # Near miss: "has sold ... since" sums the seller's sales; no one buyer owns them.
    text = "Ankara has sold 300 drones to Romania since 2021."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Turkey"
