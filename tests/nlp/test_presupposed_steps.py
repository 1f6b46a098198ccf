"""A step told in a relative clause of the sentence's subject is given, not news
(`bot.nlp.presupposed_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _ratified(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]


def test_a_step_in_the_subjects_relative_clause_is_background(extractor: Extractor) -> None:
    text = (
        "The fisheries pact that Chile and Peru ratified this month is expected to take "
        "effect in March."
    )
    assert _ratified(extractor, text) == [Modality.BACKGROUND]


def test_a_which_aside_of_the_subject_is_background(extractor: Extractor) -> None:
    text = (
        "The fisheries pact, which Chile and Peru ratified this week, has angered trawler "
        "owners."
    )
    assert _ratified(extractor, text) == [Modality.BACKGROUND]


def test_the_main_verbs_step_stays_news(extractor: Extractor) -> None:
    text = "Chile and Peru ratified the fisheries pact that their ministers drafted."
    assert _ratified(extractor, text) == [Modality.REPORTED]


def test_a_relative_clause_after_a_speaker_is_left_alone(extractor: Extractor) -> None:
    text = "The minister said the pact that Chile and Peru ratified on Tuesday is a landmark."
    assert _ratified(extractor, text) == [Modality.REPORTED]
