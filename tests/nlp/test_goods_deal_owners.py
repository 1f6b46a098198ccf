"""A contract's worth told after "for <N goods>" is the goods' owner's deal."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_contracts_worth_after_owned_goods_is_their_owners(extractor: Extractor) -> None:
    text = (
        "The procurement agency signed an order with South Korea's Hyundai WIA on Friday for "
        "120 K9 howitzers built on Jelcz chassis, worth roughly $2.3 billion (PLN 9.2 "
        "billion), officials said."
    )
    quantities = extractor.extract(text).quantities
    deals = [q.actor for q in quantities if q.category == "deal"]
    assert deals == ["Poland", "Poland"]


def test_a_worth_in_a_clause_of_its_own_stays_unowned(extractor: Extractor) -> None:
    text = (
        "The procurement agency signed an order with South Korea's Hyundai WIA on Friday for "
        "120 K9 howitzers built on Jelcz chassis, while a service package is worth roughly "
        "$2.3 billion (PLN 9.2 billion), officials said."
    )
    quantities = extractor.extract(text).quantities
    assert [q.actor for q in quantities if q.category == "deal"] == [None, None]
