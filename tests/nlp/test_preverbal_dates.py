"""A reporting verb dated before it (`bot.nlp.preverbal_dates`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_aside_dated_last_month_is_background(extractor: Extractor) -> None:
    text = "Ukraine's GUR, in a televised briefing last month, put Russian losses at about 900."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_date_right_before_the_verb_is_background(extractor: Extractor) -> None:
    text = "Ukraine's GUR last month put Russian losses at about 900."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_aside_dated_this_week_stays_news(extractor: Extractor) -> None:
    # Near miss: a briefing on Tuesday is the news.
    text = "Ukraine's GUR, in a briefing on Tuesday, put Russian losses at about 900."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
