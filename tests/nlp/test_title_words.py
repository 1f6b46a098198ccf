"""A treaty's capitalised title counts as one word of a look-back reach
(`bot.nlp.title_words`, used by `bot.nlp.elapsed_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> list[tuple[Stage, Modality]]:
    return [(e.stage, e.modality) for e in extractor.extract(text).events]


def test_step_after_a_long_title_is_measured_from(extractor: Extractor) -> None:
    text = (
        "The visit comes two years after the Japan-India Agreement on Mutual Logistics "
        "Support and Defence Supply entered into force."
    )
    assert _steps(extractor, text) == [(Stage.IN_FORCE, Modality.BACKGROUND)]


def test_step_after_a_long_lower_case_phrase_stays_news(extractor: Extractor) -> None:
    text = (
        "Two years after the talks began, the long awaited Japan-India agreement on mutual "
        "logistics support and defence supply entered into force on Monday."
    )
    assert _steps(extractor, text) == [(Stage.IN_FORCE, Modality.REPORTED)]
