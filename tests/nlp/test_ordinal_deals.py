"""Deals counted off in the past tense ("the first order ... was worth") are history, and so
is the elided next one; a numbered deal told with its news day stays news."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _money(extractor: Extractor, text: str) -> list[Modality]:
    quantities = extractor.extract(text).quantities
    return [q.modality for q in quantities if q.measure == "dollar"]


def test_first_and_second_deal_are_background(extractor: Extractor) -> None:
    text = (
        "The first order, for 48 jets, was worth $5 billion; the second, agreed two years "
        "later, another $3.2 billion."
    )
    assert _money(extractor, text) == [Modality.BACKGROUND, Modality.BACKGROUND]


def test_first_deal_signed_on_a_news_day_stays_reported(extractor: Extractor) -> None:
    text = (
        "The first order under the framework, signed on Monday, was worth $5 billion, and a "
        "second is due next year."
    )
    assert _money(extractor, text) == [Modality.REPORTED]


def test_one_ordinal_after_news_stays_reported(extractor: Extractor) -> None:
    text = "Lisbon bought 12 jets on Friday. The first orders under those deals were worth $2bn."
    assert _money(extractor, text) == [Modality.REPORTED]
