"""A count told for one occasion dated "last month" is the story's background."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_single_night_last_month_is_background(extractor: Extractor) -> None:
    text = "The army said Iran fired a record 320 missiles at Israel in one night last month."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_months_total_last_month_stays_news(extractor: Extractor) -> None:
    text = "The army said Iran fired a record 320 missiles at Israel last month."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_single_night_last_week_stays_news(extractor: Extractor) -> None:
    text = "The army said Iran fired a record 320 missiles at Israel in one night last week."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
