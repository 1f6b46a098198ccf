"""Figures told "at the same briefing" as an earlier, dated one are as old as it."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality(extractor: Extractor, text: str, value: float) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities if q.value == value]


def test_same_briefing_after_a_dated_claim(extractor: Extractor) -> None:
    text = (
        "About 3,000 Chinese engineers are working in Belarus, the agency said last year. "
        "At the same briefing, the agency said some 40,000 Russian troops were in Belarus."
    )
    assert _modality(extractor, text, 40000) == [Modality.BACKGROUND]


def test_same_briefing_after_news_stays_news(extractor: Extractor) -> None:
    text = (
        "About 3,000 Chinese engineers are working in Belarus, the agency said on Tuesday. "
        "At the same briefing, the agency said some 40,000 Russian troops were in Belarus."
    )
    assert _modality(extractor, text, 40000) == [Modality.REPORTED]


def test_said_last_month_citing_a_source_is_history(extractor: Extractor) -> None:
    text = (
        "About 7,000 Chinese workers are employed in Belarus, Rep. Lee Sang-min said last "
        "month, citing the spy agency."
    )
    assert _modality(extractor, text, 7000) == [Modality.BACKGROUND]
