"""The parts of a step just told as completed history are history too
(`bot.nlp.completed_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> list[tuple[Stage, Modality]]:
    return [(e.stage, e.modality) for e in extractor.extract(text).events]


def test_the_parts_of_a_completed_ratification_are_history(extractor: Extractor) -> None:
    text = (
        "The visit came days after Japan and India completed ratification of their defence "
        "treaty. India's president signed the ratification law on Monday, and Japan said "
        "on Wednesday that it had ratified the treaty."
    )
    steps = _steps(extractor, text)
    assert steps and all(m is Modality.BACKGROUND for _, m in steps)


def test_a_ratification_after_a_step_not_completed_stays_news(extractor: Extractor) -> None:
    text = (
        "The visit came days after Japan and India signed a defence treaty. Japan's "
        "parliament ratified the treaty on Wednesday."
    )
    assert (Stage.RATIFIED, Modality.REPORTED) in _steps(extractor, text)
