"""The buyer of a deal a firm signs with a state (`bot.nlp.contract_partners`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_firms_deal_with_a_state_is_the_states(extractor: Extractor) -> None:
    text = (
        "Kongsberg said on Monday it had signed a contract with Latvia's procurement agency "
        "to supply 12 launchers and missiles, in a deal worth $420 million."
    )
    money = [q for q in extractor.extract(text).quantities if q.value == 420_000_000]
    assert money and money[0].actor == "Latvia"


def test_a_states_deal_with_a_foreign_firm_stays_the_buyers(extractor: Extractor) -> None:
    text = (
        "Latvia signed a contract with Norway's Kongsberg to buy 12 launchers and missiles, "
        "in a deal worth $420 million."
    )
    money = [q for q in extractor.extract(text).quantities if q.value == 420_000_000]
    assert money and money[0].actor == "Latvia"
