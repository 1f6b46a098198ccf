"""A sentence opening with "the value/cost of the contract" continues the owner of the figures
the sentence before counted."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_value_of_the_contract_is_the_buyers(extractor: Extractor) -> None:
    text = (
        "Finland ordered 24 self-propelled howitzers last week. The value of the contract is "
        "EUR 1,2 bln, the ministry said."
    )
    found = [(q.value, q.actor) for q in extractor.extract(text).quantities]
    assert found == [(24, "Finland"), (1_200_000_000, "Finland")]


def test_the_value_of_something_new_continues_nothing(extractor: Extractor) -> None:
    text = (
        "Finland ordered 24 self-propelled howitzers last week. The value of the shares fell "
        "by EUR 1,2 bln, the exchange said."
    )
    found = [(q.value, q.actor) for q in extractor.extract(text).quantities]
    assert found == [(24, "Finland"), (1_200_000_000, None)]
