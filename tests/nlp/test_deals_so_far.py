"""Plural deals summed "so far" or "to date" are the buyer's record, background
(`bot.nlp.deals_so_far`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> dict[float | None, Modality]:
    return {q.value: q.modality for q in extractor.extract(text).quantities}


def test_contracts_signed_so_far_are_background(extractor: Extractor) -> None:
    text = (
        "The supply contracts Romania has signed so far are worth about $4.2 billion, "
        "the defence ministry said."
    )
    assert _modalities(extractor, text)[4.2e9] is Modality.BACKGROUND


def test_orders_to_date_total_is_background(extractor: Extractor) -> None:
    text = "Orders placed to date total more than $7 billion, according to the company."
    assert _modalities(extractor, text)[7e9] is Modality.BACKGROUND


def test_a_single_contract_so_far_unsigned_is_left_alone(extractor: Extractor) -> None:
    text = "Romania signed a contract worth $1.5 billion on Tuesday, its largest so far."
    assert _modalities(extractor, text)[1.5e9] is Modality.REPORTED
