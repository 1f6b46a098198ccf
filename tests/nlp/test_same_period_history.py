"""Figures dated "that same month" after a history sentence are history too."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_BEFORE = "In March 2023, the agency put the number of dead at about 900. "


def test_that_same_month_follows_a_history_sentence(extractor: Extractor) -> None:
    text = _BEFORE + "The governor put the figure at around 1,200 dead that same month."
    later = [q for q in extractor.extract(text).quantities if q.value == 1200]
    assert [q.modality for q in later] == [Modality.BACKGROUND]


def test_a_comparison_with_the_same_month_stays_news(extractor: Extractor) -> None:
    text = _BEFORE + "Exports reached 1,200 tonnes, up from the same month a year earlier."
    later = [q for q in extractor.extract(text).quantities if q.value == 1200]
    assert [q.modality for q in later] == [Modality.REPORTED]


def test_after_news_the_same_month_changes_nothing(extractor: Extractor) -> None:
    text = (
        "On Monday, the agency put the number of dead at about 900. "
        "The governor put the figure at around 1,200 dead that same week."
    )
    later = [q for q in extractor.extract(text).quantities if q.value == 1200]
    assert [q.modality for q in later] == [Modality.REPORTED]
