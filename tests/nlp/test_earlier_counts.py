"""A count whose noun is called "earlier" or "previous" ("had put earlier casualties at
3,100") is recalled history (`bot.nlp.earlier_counts`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[tuple[float | None, Modality]]:
    return [(q.value, q.modality) for q in extractor.extract(text).quantities]


def test_earlier_casualties_are_background(extractor: Extractor) -> None:
    text = "Kyiv's intelligence agency had put earlier casualties at 3,100."
    assert _modalities(extractor, text) == [(3100, Modality.BACKGROUND)]


def test_previous_losses_are_background(extractor: Extractor) -> None:
    text = "The monitoring group had put previous losses at 900 soldiers."
    assert _modalities(extractor, text) == [(900, Modality.BACKGROUND)]


def test_plain_casualties_stay_reported(extractor: Extractor) -> None:
    text = "Kyiv's intelligence agency put casualties at 3,100."
    assert _modalities(extractor, text) == [(3100, Modality.REPORTED)]
