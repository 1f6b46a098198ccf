"""A bare number after a verb of change or reaching counts the plural noun heading the
subject."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor

Row = tuple[float | None, float | None, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Flu admissions climbed to 4,800 last week.", [(4800, None, "admission")]),
        ("Visitor numbers at the museum topped 1.2 million in 2024.",
         [(1.2e6, None, "visitor")]),
        ("Car sales have reached 310,000, down from 350,000 a year ago.",
         [(310_000, None, "car"), (350_000, None, "car")]),
    ],
)
def test_the_subject_names_the_count(extractor: Extractor, text: str, expected: list[Row]) -> None:
    found = [(q.value, q.value_max, q.measure) for q in extractor.extract(text).quantities]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "House prices rose to 290,000 on average.",  # a level with no unit given
        "Sales of the drug reached 40,000.",  # no modifier names what was sold
        "The index fell to 7,500 points.",
    ],
)
def test_levels_count_nothing(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text).quantities == ()
