"""A country named as a firm's home is not its deal's buyer (`bot.nlp.company_homes`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _deal_actor(extractor: Extractor, text: str) -> str | None:
    (q,) = [q for q in extractor.extract(text).quantities if q.category == "deal"]
    return q.actor


def test_a_firms_order_from_another_firm_is_nobodys(extractor: Extractor) -> None:
    text = (
        "Hungarian state-owned bus operator Volanbusz ordered vehicles"
        " worth $1.2 billion from Germany's Daimler."
    )
    assert _deal_actor(extractor, text) is None


def test_a_dateline_city_does_not_buy(extractor: Extractor) -> None:
    text = (
        "OSLO, May 3 (Wire) - Norwegian airline Widerøe signed a contract"
        " worth $1.3 billion with Brazil's Embraer."
    )
    assert _deal_actor(extractor, text) is None


def test_the_state_a_firm_sells_to_buys(extractor: Extractor) -> None:
    text = "Germany's Rheinmetall signed a contract worth $2.1 billion with Hungary on Friday."
    assert _deal_actor(extractor, text) == "Hungary"


def test_a_state_body_still_buys(extractor: Extractor) -> None:
    text = (
        "Hungary's defence procurement agency signed a contract"
        " worth $2.1 billion with Rheinmetall."
    )
    assert _deal_actor(extractor, text) == "Hungary"
