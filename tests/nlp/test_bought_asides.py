"""A figure inside a ", which X bought ..." aside is the story's background."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_price_in_a_purchase_aside_is_background(extractor: Extractor) -> None:
    text = "Officials toured the base of the K9 howitzers, which Norway ordered for $900 million."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_purchase_in_the_main_clause_stays_news(extractor: Extractor) -> None:
    text = "Norway ordered K9 howitzers for $900 million, officials said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_relative_that_is_the_buyer_stays_news(extractor: Extractor) -> None:
    text = "Officials named the ministry, which ordered 24 howitzers on Monday."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
