"""A claim its source made "a year ago" / "two months ago" is history the story recalls;
"two days ago" and a bare "said that" stay news."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality(extractor: Extractor, text: str) -> Modality:
    (q,) = extractor.extract(text).quantities
    return q.modality


def test_said_a_year_ago_that_is_background(extractor: Extractor) -> None:
    text = "President Volodymyr Zelensky said a year ago that more than 46,000 soldiers had died."
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_estimated_two_months_ago_comma_is_background(extractor: Extractor) -> None:
    text = "The ministry estimated two months ago, that 3,000 North Korean troops had been killed."
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_said_two_days_ago_stays_reported(extractor: Extractor) -> None:
    text = "The ministry said two days ago that 3,000 North Korean troops had been killed."
    assert _modality(extractor, text) is Modality.REPORTED


def test_ago_without_a_saying_verb_stays_reported(extractor: Extractor) -> None:
    text = "Troops who arrived a year ago, the ministry says, number 3,000 North Koreans."
    assert _modality(extractor, text) is Modality.REPORTED


def test_a_year_ago_set_before_the_saying_is_background(extractor: Extractor) -> None:
    text = "Moscow is silent; two years ago, the minister said that 5,200 troops had died."
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_more_than_a_year_ago_opening_the_sentence_is_background(extractor: Extractor) -> None:
    text = "More than a year ago, the agency estimated that 2,300 soldiers had been wounded."
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_days_ago_set_before_the_saying_stays_reported(extractor: Extractor) -> None:
    text = "Moscow is silent; three days ago, the minister said that 5,200 troops had died."
    assert _modality(extractor, text) is Modality.REPORTED
