"""A contract "with <party>, signed <stale date>" prices an old sale."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_DATELINE = "SEOUL, Dec 10 (Wire) - Shipyards are busy.\n"


def test_contract_with_party_signed_months_back_is_background(extractor: Extractor) -> None:
    text = _DATELINE + (
        "The first contract with Norway, signed in Oslo in July and worth about $2.4 billion, "
        "covers 40 ships."
    )
    money = [q for q in extractor.extract(text).quantities if q.measure == "dollar"]
    assert [q.modality for q in money] == [Modality.BACKGROUND]


def test_agreement_with_party_is_no_sale(extractor: Extractor) -> None:
    # Near miss: an agreement with a state is a pact; its figures are not an old price.
    text = _DATELINE + (
        "The agreement with Norway, signed in Oslo in July, covers the 196-kilometre coast."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
