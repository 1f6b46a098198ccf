"""A deal signed to buy goods is no treaty (`bot.nlp.purchase_deals`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_deal_to_buy_jets_from_a_state_is_no_treaty(extractor: Extractor) -> None:
    text = "Greece signed a deal on Friday to buy 20 F-35 fighter jets from the United States."
    assert extractor.extract(text).events == ()


def test_a_deal_on_cooperation_stays_a_treaty(extractor: Extractor) -> None:
    text = "Greece and the United States signed a deal on Friday on defence cooperation."
    assert [e.stage.value for e in extractor.extract(text).events] == ["signed"]


def test_a_deal_with_a_seller_and_a_day_to_buy_is_no_treaty(extractor: Extractor) -> None:
    text = (
        "Romania signed a deal with the German government on Monday to purchase tank shells, "
        "the ministry said."
    )
    assert extractor.extract(text).events == ()


def test_a_deal_with_a_state_letting_another_buy_stays_a_treaty(extractor: Extractor) -> None:
    text = "Norway and Sweden signed a deal with Finland that allows Kyiv to buy fuel."
    assert [e.stage.value for e in extractor.extract(text).events] == ["signed"]
