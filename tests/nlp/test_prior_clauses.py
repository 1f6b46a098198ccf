"""A step in an "after" clause behind the sentence's news step is background
(`bot.nlp.prior_clauses`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> list[tuple[Stage, Modality]]:
    return [(e.stage, e.modality) for e in extractor.extract(text).events]


def test_a_signing_behind_after_dates_the_ratification(extractor: Extractor) -> None:
    text = (
        "Russia's parliament on Monday ratified a fishing treaty with Norway, two years after "
        "the two governments signed the accord in Oslo."
    )
    assert _steps(extractor, text) == [
        (Stage.RATIFIED, Modality.REPORTED), (Stage.SIGNED, Modality.BACKGROUND)
    ]


def test_two_steps_joined_by_and_stay_news(extractor: Extractor) -> None:
    text = "Russia and Norway signed a fishing treaty on Monday and ratified it the same day."
    assert [m for _, m in _steps(extractor, text)] == [Modality.REPORTED, Modality.REPORTED]
