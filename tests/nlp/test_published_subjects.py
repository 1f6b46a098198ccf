"""A document subject dated by a ", published in <month>," aside tells that month's account."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_PAGE = "Defence | Nov. 20, 2025\n"


def _modality(extractor: Extractor, text: str) -> Modality:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 9000]
    return q.modality


def test_a_report_published_months_ago_is_background(extractor: Extractor) -> None:
    text = _PAGE + (
        "Seoul reviews its defences. The institute's annual report, released in August, said "
        "Pyongyang had sent about 9,000 troops to Russia."
    )
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_a_report_published_this_month_is_news(extractor: Extractor) -> None:
    text = _PAGE + (
        "Seoul reviews its defences. The institute's annual report, released in November, said "
        "Pyongyang had sent about 9,000 troops to Russia."
    )
    assert _modality(extractor, text) is Modality.REPORTED
