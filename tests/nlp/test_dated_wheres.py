"""A figure in an "in which" clause after a past year is history (`bot.nlp.dated_wheres`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _casualties(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities if q.category == "casualty"]


def test_a_war_dated_by_its_year_dates_its_dead(extractor: Extractor) -> None:
    text = "The neighbours fought a brief war in 2016 in which some 300 soldiers died."
    assert _casualties(extractor, text) == [Modality.BACKGROUND]


def test_a_month_and_year_before_during_which(extractor: Extractor) -> None:
    text = "Clashes flared for a week in April 2021 during which 60 people were killed."
    assert _casualties(extractor, text) == [Modality.BACKGROUND]


def test_a_weekday_before_in_which_stays_news(extractor: Extractor) -> None:
    text = "Gunmen stormed a village on Sunday in which 60 people were killed."
    assert _casualties(extractor, text) == [Modality.REPORTED]
