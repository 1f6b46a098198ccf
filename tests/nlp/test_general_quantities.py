"""General-news figures beyond the watched kinds: durations, South Asian scales, negative
values, fractions and two-word counted nouns."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("He was sentenced to 10 years in prison.", 10, "year"),
        ("It was his second visit in 12 years.", 12, "year"),
        ("The meeting lasted three hours.", 3, "hour"),
        ("Workers ended a 12-day strike.", 12, "day"),
        ("The club signed him on a three-year deal.", 3, "year"),
        ("The state set aside ₹10,000 crore for roads.", 1e11, "rupee"),
        ("The fund holds 5 lakh rupees.", 5e5, "rupee"),
        ("Temperatures fell to minus 15 degrees.", -15, "degree"),
        ("The ship carried 25 crew members.", 25, "crew member"),
    ],
)
def test_general_figures(extractor: Extractor, text: str, value: float, measure: str) -> None:
    found = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert found == [(value, measure)]


@pytest.mark.parametrize(
    "text",
    [
        "A 19-year-old winger joined the club.",
        "The soldier is 25 years old.",
        "Nearly two thirds of voters backed the plan.",
        "Exports grew 9 times last year.",
    ],
)
def test_ages_fractions_and_multipliers_are_not_figures(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text).quantities == ()
