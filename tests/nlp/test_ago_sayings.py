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
