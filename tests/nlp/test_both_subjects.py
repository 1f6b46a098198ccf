"""A "both ... and" subject inside an "after" clause keeps the clause's step before the news."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _ratified(extractor: Extractor, text: str) -> Modality:
    (event,) = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    return event.modality


def test_a_step_after_both_x_and_y_is_background(extractor: Extractor) -> None:
    text = (
        "ANKARA, March 20 (Wire) - Talks went on. The accord with Iraq was signed in May 2023 "
        "and took effect in October, after both governments and parliaments ratified it."
    )
    assert _ratified(extractor, text) is Modality.BACKGROUND


def test_both_after_and_of_a_new_clause_stays_news(extractor: Extractor) -> None:
    text = (
        "ANKARA, March 20 (Wire) - Turkey and Iraq met after months of talks and both "
        "parliaments ratified the accord on Thursday."
    )
    assert _ratified(extractor, text) is Modality.REPORTED
