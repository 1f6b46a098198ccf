"""A perfect "has since" counts from a past date up to now."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_has_since_after_a_dated_act_keeps_the_count_news(extractor: Extractor) -> None:
    text = (
        "The navy launched a recruitment drive in March 2023 and has since enlisted about "
        "9,000 sailors."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_dated_act_without_since_stays_history(extractor: Extractor) -> None:
    text = "The navy launched a recruitment drive in March 2023 and enlisted about 9,000 sailors."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND
