"""", two years ago," set off between a subject and its verb dates the figure after it as
history; "compared with a year ago" or a news day leaves it news."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality(extractor: Extractor, text: str) -> Modality:
    (q,) = extractor.extract(text).quantities
    return q.modality


def test_ago_aside_before_the_verb_is_background(extractor: Extractor) -> None:
    text = "The latest count from the defence ministry, two years ago, was more than 9,000 killed."
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_ago_aside_after_a_place_subject_is_background(extractor: Extractor) -> None:
    text = "Minsk, three years ago, kept 7,000 soldiers on the border."
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_news_day_aside_stays_reported(extractor: Extractor) -> None:
    text = "The latest count from the ministry, released on Monday, was 9,000 killed."
    assert _modality(extractor, text) is Modality.REPORTED


def test_compared_with_a_year_ago_stays_reported(extractor: Extractor) -> None:
    text = "Compared with a year ago, the ministry now counts 9,000 killed."
    assert _modality(extractor, text) is Modality.REPORTED
