"""When a step is told: done, planned or history (`bot.nlp.step_time`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_step_in_the_past_tense_after_an_infinitive_is_done(extractor: Extractor) -> None:
    text = "A pact binding Chile and Peru to share fishing data took effect on Friday."
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.IN_FORCE, Modality.REPORTED)


def test_a_step_to_come_after_an_infinitive_is_planned(extractor: Extractor) -> None:
    (event,) = extractor.extract("Chile and Peru agreed to ratify the fishing pact.").events
    assert event.modality is Modality.PLANNED


def test_a_treaty_that_should_be_signed_is_planned(extractor: Extractor) -> None:
    text = (
        "Talks between Armenia and Azerbaijan are complete and the peace treaty should be "
        "signed within weeks, the foreign minister said."
    )
    signed = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert [e.modality for e in signed] == [Modality.PLANNED]
