"""Plural contracts a perfect signs with plural makers are the buyer's record, background
(`bot.nlp.maker_deals`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> dict[float | None, Modality]:
    return {q.value: q.modality for q in extractor.extract(text).quantities}


def test_contracts_with_plural_makers_are_background(extractor: Extractor) -> None:
    text = (
        "Warsaw has signed contracts worth more than $20 billion with South Korean "
        "manufacturers for tanks, howitzers and rocket launchers."
    )
    assert _modalities(extractor, text)[2e10] is Modality.BACKGROUND


def test_contracts_with_one_named_maker_are_left_alone(extractor: Extractor) -> None:
    text = (
        "Warsaw has signed contracts worth more than $6 billion with Hanwha Aerospace "
        "for howitzers."
    )
    assert _modalities(extractor, text)[6e9] is Modality.REPORTED
