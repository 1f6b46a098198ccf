from __future__ import annotations

import pytest

from bot.nlp import Extractor
from bot.nlp.numbers import parse_number


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("10000", 10_000),
        ("10,000", 10_000),
        ("12 000", 12_000),
        ("12\u00a0000", 12_000),
        ("12.000", 12_000),
        ("0.125", 0.125),  # a leading zero is never European thousands
        ("1.5", 1.5),
        ("1,200.5", 1200.5),
        ("10k", 10_000),
        ("10K", 10_000),
        ("1.5m", 1_500_000),
        ("1.64bn", 1_640_000_000),
        ("1.64-billion", 1_640_000_000),
        ("1.64 billion", 1_640_000_000),
        ("3 million", 3_000_000),
        ("2 trillion", 2_000_000_000_000),
        ("ten thousand", 10_000),
        ("twelve", 12),
        ("seventy-five", 75),
        ("twelve thousand five hundred", 12_500),
        ("a dozen", 12),
        ("two dozen", 24),
        ("a hundred", 100),
        ("half a million", 500_000),
        ("“12,000”", 12_000),
    ],
)
def test_numbers_as_written(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    "text",
    ["", "the", "a", "first", "second", "1st", "thousands", "dozens", "tens of thousands",
     "x1", "pm", "troops", "1.2.3"],
)
def test_not_numbers(text: str) -> None:
    assert parse_number(text) is None


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("3½", 3.5),
        ("1¼", 1.25),
        ("a quarter of a million", 250_000),
        ("three quarters of a billion", 750_000_000),
    ],
)
def test_fractions(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"),
    [("four lakh", 400_000), ("twelve crore", 120_000_000), ("twenty-five lakh", 2_500_000)],
)
def test_number_words_with_an_indian_scale(text: str, expected: float) -> None:
    assert parse_number(text) == expected


@pytest.mark.parametrize("text", ["lakh", "crore", "many lakh"])
def test_an_indian_scale_without_a_count_is_no_number(text: str) -> None:
    assert parse_number(text) is None


def test_a_word_count_of_lakhs_is_a_figure(extractor: Extractor) -> None:
    text = "The state scheme will create four lakh jobs in rural districts."
    (q,) = extractor.extract(text).quantities
    assert q.value == 400_000


@pytest.mark.parametrize(
    ("text", "expected"),
    [("2,7 bln", 2_700_000_000), ("6,25 million", 6_250_000), ("1,5", 1.5),
     ("4,8 thousand", 4_800)],
)
def test_a_decimal_comma(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


@pytest.mark.parametrize(
    ("text", "expected"), [("1,500", 1_500), ("3,550 billion", 3_550_000_000_000)]
)
def test_three_digits_after_a_comma_stay_thousands(text: str, expected: float) -> None:
    assert parse_number(text) == pytest.approx(expected)


def test_a_currency_code_before_a_decimal_comma_amount(extractor: Extractor) -> None:
    text = "The ministry will spend PLN 2,8 bln on new radars, the minister said."
    (q,) = extractor.extract(text).quantities
    assert q.value == pytest.approx(2_800_000_000)
    assert q.measure == "zloty"


def test_thousand_abbreviated_th(extractor: Extractor) -> None:
    text = "Over the month the terminal handled 41 th. tonnes of grain."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure) == (41_000, "tonne")


def test_th_without_a_stop_is_no_thousand(extractor: Extractor) -> None:
    text = "The 41 th division was disbanded after 12 days."
    assert all(q.value != 41_000 for q in extractor.extract(text).quantities)
