"""A step a later reported step is said to complete is history (`bot.nlp.capped_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> dict[Stage, Modality]:
    return {e.stage: e.modality for e in extractor.extract(text).events}


def test_the_process_a_treaty_taking_effect_completes_is_history(extractor: Extractor) -> None:
    text = (
        "A defence pact between Armenia and France took effect on Monday, completing a "
        "ratification process that lasted eight months."
    )
    steps = _steps(extractor, text)
    assert steps[Stage.IN_FORCE] == Modality.REPORTED
    assert steps[Stage.RATIFIED] == Modality.BACKGROUND


def test_completing_a_ratification_alone_is_the_news(extractor: Extractor) -> None:
    text = "The parliament of Armenia ratified its pact with France on Monday, completing approval."
    assert _steps(extractor, text).get(Stage.RATIFIED) == Modality.REPORTED
