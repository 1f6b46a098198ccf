"""A figure inside "at a time when" with a past verb is the backdrop of the past recounted."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_past_time_when_clause_is_background(extractor: Extractor) -> None:
    text = "The shells arrived at a time when the army was losing about 700 men a day, they said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_present_time_when_clause_stays_news(extractor: Extractor) -> None:
    text = "The shells arrive at a time when the army is losing about 700 men a day, they said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
