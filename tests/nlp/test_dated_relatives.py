"""A past-tense "that" clause after a past year is history (`bot.nlp.dated_relatives`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _casualties(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities if q.category == "casualty"]


def test_a_disaster_dated_by_its_year_dates_its_dead(extractor: Extractor) -> None:
    text = "The island was devastated in 1993 by a tsunami that killed 198 people."
    assert _casualties(extractor, text) == [Modality.BACKGROUND]


def test_which_after_a_dated_noun_dates_its_dead(extractor: Extractor) -> None:
    text = "The town still remembers a fire in 2019 which killed 40 people."
    assert _casualties(extractor, text) == [Modality.BACKGROUND]


def test_a_weekday_before_that_stays_news(extractor: Extractor) -> None:
    text = "The island was hit on Monday by a storm that killed 19 people."
    assert _casualties(extractor, text) == [Modality.REPORTED]


def test_a_perfect_clause_after_the_year_stays_news(extractor: Extractor) -> None:
    text = "The area was struck in 2011 by an earthquake which has killed 300 people since."
    assert _casualties(extractor, text) == [Modality.REPORTED]
