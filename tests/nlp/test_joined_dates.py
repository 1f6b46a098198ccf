"""The second of two dates joined under one "in" dates a figure to the past."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_year_shared_by_joined_months_is_background(extractor: Extractor) -> None:
    text = "Orders worth about $4.1 billion were placed in March and October 2021."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_joined_date_without_in_stays_news(extractor: Extractor) -> None:
    text = "Orders worth about $4.1 billion were placed, officials said on Monday and Tuesday."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
