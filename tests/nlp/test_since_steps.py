"""A step told in a "since the treaty was ..." clause is history (`bot.nlp.since_steps`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _last_step(extractor: Extractor, text: str) -> Modality:
    return extractor.extract(text).events[-1].modality


def test_a_step_counted_since_is_history(extractor: Extractor) -> None:
    text = (
        "Peru and Chile agreed a border treaty in talks. Officials said the shelling was "
        "the second violation since the treaty was signed."
    )
    assert _last_step(extractor, text) == Modality.BACKGROUND


def test_since_set_off_by_a_comma_leaves_the_step_alone(extractor: Extractor) -> None:
    text = "Since the talks began, the treaty was signed by Peru and Chile."
    assert _last_step(extractor, text) == Modality.REPORTED
