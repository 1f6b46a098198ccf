"""A fronted month told with "this year" or "last year" before its comma
(`bot.nlp.year_tails`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_DATELINE = "HANOI, Oct 14 (Agency) - The ministry met.\n"


def test_a_month_this_year_before_the_article_is_history(extractor: Extractor) -> None:
    text = _DATELINE + "In March this year, the army said 40 soldiers had been killed."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (40, Modality.BACKGROUND)


def test_a_month_last_year_is_history(extractor: Extractor) -> None:
    text = _DATELINE + "In November last year, the army said 40 soldiers had been killed."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_the_articles_own_month_this_year_stays_news(extractor: Extractor) -> None:
    text = _DATELINE + "In October this year, the army said 40 soldiers had been killed."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_month_this_year_still_ahead_is_no_history(extractor: Extractor) -> None:
    text = _DATELINE + "In December this year, the army said 40 soldiers had been killed."
    (q,) = extractor.extract(text).quantities
    assert q.modality is not Modality.BACKGROUND
