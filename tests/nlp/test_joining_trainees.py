"""A force trained to join another state's army is already there, not planned."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality(extractor: Extractor, text: str) -> Modality:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 6000]
    return q.modality


def test_a_force_trained_to_join_another_army_is_there(extractor: Extractor) -> None:
    text = "Officials said about 6,000 Eritrean soldiers were being trained to join Sudan's army."
    assert _modality(extractor, text) is Modality.REPORTED


def test_a_force_trained_to_join_the_front_is_still_planned(extractor: Extractor) -> None:
    text = "Officials said about 6,000 Eritrean soldiers were being trained to join the front."
    assert _modality(extractor, text) is Modality.PLANNED
