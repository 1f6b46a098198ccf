"""A distance that locates a place is no part of the plan around it."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


def test_a_distance_from_a_place_in_a_planned_clause_stays_reported(
    extractor: Extractor,
) -> None:
    text = "The rebels will pull back to the Tana valley, about 40 km (25 miles) from the coast."
    assert _modalities(extractor, text) == [Modality.REPORTED, Modality.REPORTED]


def test_a_planned_length_is_still_planned(extractor: Extractor) -> None:
    # Near miss: the fence's length is what the plan builds.
    text = "The army will build a 40 km fence along the coast."
    assert _modalities(extractor, text) == [Modality.PLANNED]
