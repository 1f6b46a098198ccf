"""Units glued to a number: "300MW", "2.3pc", "20p", "40C.", "1.5m" as metres beside a
length, a scale glued before a hyphened unit ("2bn-dollar") and a sign after each end of a
range ("3%-4%")."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor

Row = tuple[float | None, float | None, str]


def _found(extractor: Extractor, text: str) -> list[Row]:
    return [(q.value, q.value_max, q.measure) for q in extractor.extract(text).quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The wind farm will supply 450MW from next spring.", [(450, None, "megawatt")]),
        ("Unemployment ticked up to 4.4pc in March.", [(4.4, None, "percentage")]),
        ("The thermometer in Seville hit 44C.", [(44, None, "degree")]),
        ("A loaf now costs 95p at most supermarkets.", [(0.95, None, "pound")]),
        ("Bus fares will go up by 10p to £2 in May.", [(0.1, None, "pound"), (2, None, "pound")]),
        ("Ministers approved a 3bn-dollar rail link.", [(3e9, None, "dollar")]),
        ("Mortgage rates sit at 5.1%-5.6% this month.", [(5.1, 5.6, "percentage")]),
    ],
)
def test_glued_units(extractor: Extractor, text: str, expected: list[Row]) -> None:
    assert _found(extractor, text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Floodwater stood 2.4m deep in the high street.", [(2.4, None, "metre")]),
        ("Workers put up a 3m fence around the site.", [(3, None, "metre")]),
        ("Engineers dug a 400m-long tunnel under the river.", [(400, None, "metre")]),
        ("Wave heights reached 9m off the coast.", [(9, None, "metre")]),
        # A glued "m" is a million after a currency sign or before a plural noun.
        ("The council spent £2.4m on the high street.", [(2.4e6, None, "pound")]),
        ("About 3m households lost power near the coast.", [(3e6, None, "household")]),
    ],
)
def test_metres_beside_a_length_millions_elsewhere(
    extractor: Extractor, text: str, expected: list[Row]
) -> None:
    assert _found(extractor, text) == expected


def test_a_video_resolution_is_no_pence(extractor: Extractor) -> None:
    assert extractor.extract("The camera records 1080p video.").quantities == ()


def test_a_change_from_one_level_to_another_is_no_range(extractor: Extractor) -> None:
    found = _found(extractor, "Inflation climbed from 2.5% to 3.1% in a year.")
    assert found == [(2.5, None, "percentage"), (3.1, None, "percentage")]


def test_pence_closing_the_sentence(extractor: Extractor) -> None:
    assert _found(extractor, "The shares ended the day at 118p.") == [(1.18, None, "pound")]
