"""A figure in ", which involved N" describing an occasion dated weeks back is history."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_DATELINE = "RIGA, Nov 20 (Wire) - Hauliers are angry.\n"


def _troops(extractor: Extractor, sentence: str) -> Modality:
    facts = extractor.extract(_DATELINE + sentence)
    (q,) = [q for q in facts.quantities if q.measure == "troop"]
    return q.modality


def test_drills_months_back_are_background(extractor: Extractor) -> None:
    text = "Latvia shut roads in August during naval drills, which involved 8,000 troops."
    assert _troops(extractor, text) is Modality.BACKGROUND


def test_drills_this_week_stay_news(extractor: Extractor) -> None:
    # Near miss: the occasion is dated to the week of the story.
    text = "Latvia shut roads on Tuesday during naval drills, which involved 8,000 troops."
    assert _troops(extractor, text) is Modality.REPORTED


def test_drills_to_come_stay_planned(extractor: Extractor) -> None:
    text = "Latvia shut roads in August during naval drills, which will involve 8,000 troops."
    assert _troops(extractor, text) is not Modality.BACKGROUND
