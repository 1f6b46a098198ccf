"""A figure in a ", when" clause on a day written with its year is background."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_report_on_a_dated_day_is_background(extractor: Extractor) -> None:
    text = (
        "The tally first rose on March 3, 2023, when the ministry said 2,400 conscripts had "
        "been sent to the front."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_count_in_the_clause_itself_is_background(extractor: Extractor) -> None:
    text = "The record dates from 9 May 2023, when 1,800 soldiers marched through the square."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_day_without_its_year_stays_news(extractor: Extractor) -> None:
    text = "The tally rose on Tuesday, when the ministry said 2,400 conscripts had been sent."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_future_when_clause_stays_planned(extractor: Extractor) -> None:
    text = "The drill starts on March 3, 2027, when 2,400 conscripts will be sent to the border."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_month_and_year_when_clause_with_one_past_event_is_background(
    extractor: Extractor,
) -> None:
    text = (
        "Minsk could repeat the call-up it held in March 2021, when 40,000 conscripts were "
        "ordered to report."
    )
    facts = extractor.extract(text).quantities
    (q,) = [q for q in facts if q.value == 40000]
    assert q.modality == Modality.BACKGROUND


def test_month_and_year_since_when_clause_is_left_to_other_rules(
    extractor: Extractor,
) -> None:
    # Near miss: "since" counts from the month up to now, so the figure is not dated by it.
    text = (
        "Minsk has kept up the call-up it began since March 2021, when 40,000 conscripts were "
        "ordered to report."
    )
    facts = extractor.extract(text).quantities
    (q,) = [q for q in facts if q.value == 40000]
    assert q.modality != Modality.BACKGROUND


def test_a_saying_in_a_month_of_an_earlier_year_is_background(extractor: Extractor) -> None:
    text = (
        "LONDON, March 3 (Wire) - The defence ministry last released a figure in October "
        "2023, when it said 2,400 sailors had been killed."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_month_of_an_earlier_year_without_a_saying_stays_news(extractor: Extractor) -> None:
    text = (
        "LONDON, March 3 (Wire) - The count has grown since October 2023, when the campaign "
        "began, to 2,400 sailors killed."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
