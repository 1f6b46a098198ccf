""""is/are to" before a verb plans the figure it governs."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


def test_an_army_that_is_to_grow_plans_its_size(extractor: Extractor) -> None:
    text = "Under the new law, Sweden's armed forces are to grow to 120,000 personnel."
    assert _modalities(extractor, text) == [Modality.PLANNED]


def test_are_to_blame_plans_nothing(extractor: Extractor) -> None:
    # Near miss: "are to blame" is a fixed phrase, the deaths are past.
    text = "Investigators said faulty brakes are to blame for the 14 deaths."
    assert _modalities(extractor, text) == [Modality.REPORTED]
