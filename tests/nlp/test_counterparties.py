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


def test_a_firm_named_with_its_country_is_the_contracts_other_side(
    extractor: Extractor,
) -> None:
    text = "Estonia signed a contract with Patria Oyj of Finland covering 90 armoured vehicles."
    [q] = extractor.extract(text).quantities
    assert q.actor == "Estonia"


def test_a_firms_country_without_a_contract_is_still_read(extractor: Extractor) -> None:
    text = "Talks with Patria Oyj of Finland covered 90 armoured vehicles for its army."
    [q] = extractor.extract(text).quantities
    assert q.actor == "Finland"
