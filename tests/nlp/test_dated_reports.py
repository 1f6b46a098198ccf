"""Figures in the "that" clause of a report noun dated before the news
(`bot.nlp.dated_reports`)."""

from __future__ import annotations

from bot.models import Modality, Quantity
from bot.nlp import Extractor


def _troops(extractor: Extractor, text: str) -> Quantity:
    (q,) = [q for q in extractor.extract(text).quantities if q.category == "troop"]
    return q


def test_a_figure_in_last_weeks_report_is_that_reports_background(
    extractor: Extractor,
) -> None:
    text = (
        "The minister declined to comment when asked about Ukraine's intelligence report "
        "last week that Belarus had moved about 2,000 troops to the border."
    )
    q = _troops(extractor, text)
    assert q.modality is Modality.BACKGROUND
    assert q.claimant is not None and "Ukraine" in q.claimant.entities


def test_a_report_told_today_stays_news(extractor: Extractor) -> None:
    text = (
        "The minister declined to comment on Ukraine's intelligence report on Monday that "
        "Belarus had moved about 2,000 troops to the border."
    )
    assert _troops(extractor, text).modality is Modality.REPORTED


def test_an_assessment_earlier_this_month_is_background_too(extractor: Extractor) -> None:
    text = (
        "The spokesman was asked about Lithuania's assessment earlier this month that some "
        "4,000 troops had been moved to the border."
    )
    assert _troops(extractor, text).modality is Modality.BACKGROUND


def test_a_report_by_a_named_agency_last_month_is_its_background(extractor: Extractor) -> None:
    text = (
        "The spokesman would not discuss a report by Ukraine's defence intelligence last "
        "month that Belarus had moved about 2,000 troops to the border."
    )
    q = _troops(extractor, text)
    assert q.modality is Modality.BACKGROUND
    assert q.claimant is not None and "Ukraine" in q.claimant.entities


def test_a_report_by_a_named_agency_undated_stays_news(extractor: Extractor) -> None:
    text = (
        "The spokesman would not discuss a report by Ukraine's defence intelligence that "
        "Belarus had moved about 2,000 troops to the border."
    )
    q = _troops(extractor, text)
    assert q.modality is Modality.REPORTED
    assert q.claimant is not None and "Ukraine" in q.claimant.entities
