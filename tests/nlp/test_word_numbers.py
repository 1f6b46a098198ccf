"""A tens word hyphened to a units word is one number; other hyphens between numbers are
ranges."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor

Row = tuple[float | None, float | None, str]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Forty-one climbers reached the summit.", [(41, None, "climber")]),
        ("The mayor won with fifty-eight per cent of the vote.", [(58, None, "percentage")]),
        ("The library lent two hundred and ninety-four books.", [(294, None, "book")]),
        ("Thirty-six thousand fans filled the arena.", [(36_000, None, "fan")]),
        # Real ranges stay ranges.
        ("The lecture drew 40-50 students.", [(40, 50, "student")]),
        ("Fifty to sixty lorries queued at the port.", [(50, 60, "lorry")]),
        ("Between forty and fifty boats joined the rescue.", [(40, 50, "boat")]),
    ],
)
def test_compound_number_words(extractor: Extractor, text: str, expected: list[Row]) -> None:
    found = [(q.value, q.value_max, q.measure) for q in extractor.extract(text).quantities]
    assert found == expected
