"""The firm on the other side of a contract does not own its figures."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_contract_withs_country_is_not_the_deals_owner(extractor: Extractor) -> None:
    text = (
        "The procurement agency signed a contract with Norway's Kongsberg for 12 launchers, "
        "a deal worth about $1.2 billion, the ministry said."
    )
    money = [q for q in extractor.extract(text).quantities if q.measure == "dollar"]
    assert money and money[0].actor != "Norway"
