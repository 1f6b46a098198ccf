"""Orders added up since a past date are background (`bot.nlp.deal_tallies`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_orders_summed_since_a_year_are_history(extractor: Extractor) -> None:
    text = "The shipyard, which has won Greek contracts worth $3 billion since 2019, is hiring."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_single_order_is_news(extractor: Extractor) -> None:
    text = "Greece signed contracts worth $3 billion with the shipyard on Monday."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
