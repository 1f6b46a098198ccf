"""The price of "the deal" told in the sentence after a contract is the buyer's
(`bot.nlp.definite_deals`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _deals(extractor: Extractor, text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.actor) for q in extractor.extract(text).quantities if q.category == "deal"]


def test_the_deal_priced_after_a_contract_is_the_buyers(extractor: Extractor) -> None:
    text = (
        "Romania's procurement agency on Tuesday signed a contract with General Dynamics for "
        "54 Abrams tanks.\nThe office valued the deal at about 2.5 billion lei."
    )
    assert _deals(extractor, text) == [(2_500_000_000, "Romania")]


def test_an_indefinite_deal_stays_ownerless(extractor: Extractor) -> None:
    text = (
        "Romania's procurement agency on Tuesday signed a contract with General Dynamics for "
        "54 Abrams tanks.\nThe office valued a separate deal at about 2.5 billion lei."
    )
    assert _deals(extractor, text) == [(2_500_000_000, None)]


def test_no_contract_before_leaves_the_price_alone(extractor: Extractor) -> None:
    text = (
        "Romania's army has about 54 tanks in service in the east.\n"
        "The office valued the deal at about 2.5 billion lei."
    )
    assert _deals(extractor, text) == [(2_500_000_000, None)]


def test_the_price_of_a_contract_still_negotiated_is_a_plan(extractor: Extractor) -> None:
    text = (
        "Romania is negotiating with General Dynamics a contract for 54 Abrams tanks.\n"
        "The office valued the deal at about 2.5 billion lei."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.category == "deal"]
    assert (q.actor, q.modality) == ("Romania", Modality.PLANNED)
