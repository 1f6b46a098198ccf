"""A figure's own period told right after it: "had shipped ... last year" (a past perfect)
and "2,000 more in late 2024" are history; a plain past "last year" stays the news."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


@pytest.mark.parametrize(
    "text",
    ["Minsk had already shipped about 4,000 shells to Rostov last year, officials said.",
     "The regime had previously deployed 2,500 troops last year.",
     "Belarus had moved 1,200 soldiers to the Brest region last year."],
)
def test_a_past_perfect_last_year_is_history(extractor: Extractor, text: str) -> None:
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


def test_more_in_a_narrowed_year_is_history(extractor: Extractor) -> None:
    text = "Officials said Minsk has sent 800 engineers and 2,000 more in late 2024."
    assert _modalities(extractor, text)[-1] is Modality.BACKGROUND


@pytest.mark.parametrize(
    "text",
    ["Minsk shipped about 4,000 shells to Rostov last year, officials said.",
     "Trade between the two grew by 12% last year, the ministry said.",
     "Officials said Minsk had sent 2,000 engineers, double last year's figure."],
)
def test_a_plain_past_or_other_nouns_year_stays_news(extractor: Extractor, text: str) -> None:
    assert _modalities(extractor, text)[0] is Modality.REPORTED


def test_a_later_noun_with_a_narrowed_year_stays_news(extractor: Extractor) -> None:
    text = "Some 3,000 troops remain, on top of workers sent in late 2024, officials said."
    assert _modalities(extractor, text)[0] is Modality.REPORTED
