"""A fronted "Hours before the <occasion>," phrase dates a done step; it waits for nothing."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _ratified(extractor: Extractor, text: str) -> Modality:
    (e,) = [e for e in extractor.extract(text).events if e.stage.value == "ratified"]
    return e.modality


def test_a_step_after_an_hours_before_phrase_is_news(extractor: Extractor) -> None:
    text = (
        "Hours before the news conference, the Verkhovna Rada ratified an agreement with "
        "Germany on the joint production of drones."
    )
    assert _ratified(extractor, text) is Modality.REPORTED


def test_a_step_inside_the_before_clause_is_still_awaited(extractor: Extractor) -> None:
    text = (
        "The deal cannot be used before the Verkhovna Rada ratified the agreement with "
        "Germany, officials said."
    )
    assert _ratified(extractor, text) is not Modality.REPORTED
