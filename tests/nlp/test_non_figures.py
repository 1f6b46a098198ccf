"""Proportions, bond maturities, reporting periods and page furniture state no amount."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "Roughly one in four drivers admitted speeding.",
        "Nearly 2 in 3 renters say costs have gone up.",
        "Three out of four shoppers paid by card.",
        "By 4 · Updated 18:40 · 27 comments",
    ],
)
def test_no_figure(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text).quantities == ()


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The 30-year gilt yield rose to 5.2%.", [(5.2, "percentage")]),
        ("Profits grew 6% in the 52 weeks to February.", [(6, "percentage")]),
        ("Output fell 1% in the three months to the end of June.", [(1, "percentage")]),
        ("The bank sold a 30-year bond worth $5 billion.", [(5e9, "dollar")]),
        # Durations, counts and comments of their own stay.
        ("She served 3 years in jail.", [(3, "year")]),
        ("The strike lasted 12 weeks, to the end of term.", [(12, "week")]),
        ("The storm killed nine in three provinces.", [(9, "casualty"), (3, "province")]),
        ("The readers left 27 comments on the story.", [(27, "comment")]),
    ],
)
def test_amounts_beside_them(
    extractor: Extractor, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.measure) for q in extractor.extract(text).quantities] == expected


def test_a_count_out_of_an_odd_whole_stays(extractor: Extractor) -> None:
    found = extractor.extract("Eight out of 11 judges dissented.").quantities
    assert [(q.value, q.measure) for q in found] == [(11, "judge")]


def test_a_ratio_takes_no_noun_from_the_sentence_before(extractor: Extractor) -> None:
    text = "Eight out of 11 judges dissented. Four out of five lawyers agree."
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in found] == [(11, "judge")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The operator retired its 400 Series 2 trains last year.", []),  # a model's name
        ("On 12 March 40 people died.", [(40, "casualty")]),
        ("A magnitude 7.1 quake killed at least 300 people.", [(300, "casualty")]),
        ("The 2025-26 campaign starts in August.", []),
    ],
)
def test_names_years_and_scales(
    extractor: Extractor, text: str, expected: list[tuple[float, str]]
) -> None:
    assert [(q.value, q.measure) for q in extractor.extract(text).quantities] == expected
