"""A toll set in a war begun decades before the page is history."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_PAGE = "Veterans honored downtown\nLocal News | Monday, June 2, 2025\n"


def _modality(extractor: Extractor, text: str) -> Modality:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 58220]
    return q.modality


def test_deaths_in_a_war_begun_decades_ago_are_background(extractor: Extractor) -> None:
    text = _PAGE + (
        "Veterans gathered downtown. Nationally, 58,220 Americans died in the war, which began "
        "when northern forces moved south in November 1955."
    )
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_deaths_in_a_war_begun_lately_stay_news(extractor: Extractor) -> None:
    text = _PAGE + (
        "Officials gathered downtown. So far, 58,220 soldiers died in the war, which began "
        "when Russian forces moved in February 2022."
    )
    assert _modality(extractor, text) is Modality.REPORTED
