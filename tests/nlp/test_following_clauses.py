"""What news "comes a month after" is history (`bot.nlp.following_clauses`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_came_a_month_after_a_deal(extractor: Extractor) -> None:
    text = "The visit came a month after Norway signed a $900 million deal with Hanwha."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (900_000_000, Modality.BACKGROUND)


def test_a_month_after_without_following_verb(extractor: Extractor) -> None:
    text = "Norway signed a $900 million deal with Hanwha a month after the talks began."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (900_000_000, Modality.REPORTED)
