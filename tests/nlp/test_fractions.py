"""Fractions of a measure written out in words (`bot.nlp.fractions`)."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The lender raised its benchmark by half a percentage point on Wednesday.",
         [(0.5, "percentage point")]),
        ("Nearly three-quarters of an inch of hail covered the runway.", [(0.75, "inch")]),
        ("The new bridge shortens the walk by a quarter of a mile.", [(0.25, "mile")]),
        ("Rates rose by half a percentage point to 6.25%.",
         [(0.5, "percentage point"), (6.25, "percentage")]),
    ],
)
def test_fractions_of_a_measure(
    extractor: Extractor, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.measure) for q in extractor.extract(text).quantities] == expected


@pytest.mark.parametrize(
    "text",
    [
        "The meeting ran for half an hour before the vote.",  # a period, not a measurement
        "Half a million people marched on Sunday.",  # a number, read with the digits' rules
        "Three quarters of the members backed the plan.",  # a share of a group
    ],
)
def test_no_fraction_of_a_measure(extractor: Extractor, text: str) -> None:
    found = [q for q in extractor.extract(text).quantities if q.value is not None and q.value < 1]
    assert found == []
