""""The procedures for its entry into force": a goal, no step (`bot.nlp.purpose_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _in_force(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events if e.stage is Stage.IN_FORCE]


def test_procedures_for_entry_into_force_are_no_step(extractor: Extractor) -> None:
    text = (
        "Chile ratified the fisheries treaty with Peru on Monday. Lima told Santiago on the "
        "same day that it had finished the internal procedures for the treaty's entry into "
        "force."
    )
    assert _in_force(extractor, text) == []


def test_steps_needed_for_its_entry_into_force_too(extractor: Extractor) -> None:
    text = (
        "Chile ratified the fisheries treaty with Peru on Monday. Peru has completed the "
        "steps needed for its entry into force, its ministry said."
    )
    assert _in_force(extractor, text) == []


def test_an_entry_into_force_told_as_news_stays(extractor: Extractor) -> None:
    text = (
        "The fisheries treaty between Chile and Peru entered into force on Monday, the two "
        "governments said."
    )
    assert _in_force(extractor, text) == [Modality.REPORTED]
