"""A figure of last year's occasion is history."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_last_years_drills_are_history(extractor: Extractor) -> None:
    text = "Last year's drills involved more than 9,000 American troops."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_last_years_budget_is_left_alone(extractor: Extractor) -> None:
    text = "Last year's defence budget funded 9,000 new troops."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
