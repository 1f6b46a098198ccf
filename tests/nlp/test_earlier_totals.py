"""The total a new figure is added to is history when its own clause dates it."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality_of(extractor: Extractor, text: str, value: float) -> Modality:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == value]
    return q.modality


def test_a_dated_total_added_to_is_background(extractor: Extractor) -> None:
    text = (
        "The new units come on top of the 11,000 troops Pyongyang dispatched last autumn, "
        "officials said."
    )
    assert _modality_of(extractor, text, 11_000) is Modality.BACKGROUND


def test_a_total_in_addition_to_an_earlier_one_is_background(extractor: Extractor) -> None:
    text = (
        "The brigade arrives in addition to the roughly 4,000 soldiers sent two years ago, "
        "the ministry said."
    )
    assert _modality_of(extractor, text, 4_000) is Modality.BACKGROUND


def test_a_total_still_there_stays_reported(extractor: Extractor) -> None:
    text = "The new units come on top of the 11,000 troops already there, officials said."
    assert _modality_of(extractor, text, 11_000) is Modality.REPORTED
