"""A foreign force trained or held in another country is there, not planned."""

from __future__ import annotations

from bot.models import Modality, Quantity
from bot.nlp import Extractor


def _only(extractor: Extractor, text: str, value: float) -> Quantity:
    return next(q for q in extractor.extract(text).quantities if q.value == value)


def test_foreign_force_trained_abroad_is_there(extractor: Extractor) -> None:
    text = "Officials said 4,500 North Korean troops were being trained in western Russia."
    assert _only(extractor, text, 4500).modality == Modality.REPORTED


def test_force_being_prepared_is_still_planned(extractor: Extractor) -> None:
    text = "Officials said 4,500 North Korean troops were being prepared for Russia."
    assert _only(extractor, text, 4500).modality == Modality.PLANNED


def test_foreign_force_trained_at_bases_abroad_is_there(extractor: Extractor) -> None:
    text = "Kyiv said 7,000 North Korean soldiers were being trained at three Russian bases."
    assert _only(extractor, text, 7000).modality == Modality.REPORTED


def test_force_trained_at_home_bases_is_still_planned(extractor: Extractor) -> None:
    text = "Kyiv said 7,000 North Korean soldiers were being trained at three North Korean bases."
    assert _only(extractor, text, 7000).modality == Modality.PLANNED


def test_trained_at_numbered_bases_abroad_is_already_there(extractor: Extractor) -> None:
    text = (
        "The ministry said about 4,000 Eritrean soldiers were being trained at three camps "
        "in northern Sudan."
    )
    assert _only(extractor, text, 4000).modality == Modality.REPORTED


def test_trained_at_numbered_bases_at_home_is_still_planned(extractor: Extractor) -> None:
    text = (
        "The ministry said about 4,000 Eritrean soldiers were being trained at three camps "
        "in northern Eritrea."
    )
    assert _only(extractor, text, 4000).modality == Modality.PLANNED
