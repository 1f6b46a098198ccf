"""A figure in an ", after" clause hung on a clause dated to a past year is history."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality(extractor: Extractor, text: str) -> Modality:
    found = extractor.extract(text).quantities
    assert len(found) == 1, found
    return found[0].modality


def test_what_came_before_a_dated_decade_is_history(extractor: Extractor) -> None:
    text = (
        "The shipyard was rebuilt in the late 1980s, after Moscow withdrew about 8,000 "
        "troops from the port."
    )
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_an_after_clause_of_a_recent_day_stays_news(extractor: Extractor) -> None:
    text = "The shipyard was rebuilt on Monday, after Moscow withdrew about 8,000 troops."
    assert _modality(extractor, text) is Modality.REPORTED


def test_a_plan_after_a_past_year_stays_a_plan(extractor: Extractor) -> None:
    text = "The port was handed over in 2019, after which Moscow will withdraw 8,000 troops."
    assert _modality(extractor, text) is Modality.PLANNED
