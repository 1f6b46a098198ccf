"""A step named with no verb after "once" or "if" is one the news waits for."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _stage(extractor: Extractor, text: str, stage: Stage) -> Modality:
    (event,) = [e for e in extractor.extract(text).events if e.stage is stage]
    return event.modality


def test_once_in_force_is_planned(extractor: Extractor) -> None:
    text = (
        "ANKARA, March 20 (Wire) - Talks went on. Once in force, the accord with Iraq "
        "would let Turkish troops stay at the border, analysts say."
    )
    assert _stage(extractor, text, Stage.IN_FORCE) is Modality.PLANNED


def test_once_ratified_is_planned(extractor: Extractor) -> None:
    text = (
        "ANKARA, March 20 (Wire) - Talks went on. Once ratified, the accord with Iraq would "
        "let Turkish troops stay at the border."
    )
    assert _stage(extractor, text, Stage.RATIFIED) is Modality.PLANNED


def test_a_step_with_its_main_verb_before_once_stays_news(extractor: Extractor) -> None:
    text = (
        "ANKARA, March 20 (Wire) - Talks went on. The accord with Iraq entered into force on "
        "Thursday, officials said."
    )
    assert _stage(extractor, text, Stage.IN_FORCE) is Modality.REPORTED
