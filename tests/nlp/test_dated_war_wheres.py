"""A figure in an "in which" clause of a war an appositive dates to a past year."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _casualties(extractor: Extractor, text: str) -> Modality:
    (q,) = [q for q in extractor.extract(text).quantities if q.category == "casualty"]
    return q.modality


def test_a_war_dated_before_its_phrase_is_history(extractor: Extractor) -> None:
    text = (
        "The neighbours fought again in 2020, in a 44-day war in which more than 6,500 "
        "soldiers were killed."
    )
    assert _casualties(extractor, text) is Modality.BACKGROUND


def test_an_offensive_this_week_is_news(extractor: Extractor) -> None:
    text = (
        "The rebels launched a new offensive on Tuesday, in a push in which more than 600 "
        "soldiers were killed."
    )
    assert _casualties(extractor, text) is Modality.REPORTED
