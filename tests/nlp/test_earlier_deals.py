"""Figures of deals the sentence calls earlier are history (`bot.nlp.earlier_deals`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> dict[float | None, Modality]:
    return {q.value: q.modality for q in extractor.extract(text).quantities}


def test_goods_and_price_of_earlier_contracts_are_history(extractor: Extractor) -> None:
    text = "Romania had bought 54 tanks in previous contracts worth about $2bn."
    found = _modalities(extractor, text)
    assert found[54] is Modality.BACKGROUND and found[2e9] is Modality.BACKGROUND


def test_an_earlier_estimate_dates_no_deal(extractor: Extractor) -> None:
    text = "Romania on Monday signed a contract worth $2bn for 54 tanks, the earlier estimate said."
    found = _modalities(extractor, text)
    assert found[2e9] is Modality.REPORTED
