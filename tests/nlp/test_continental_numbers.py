"""Continental number formats read by the word after them (`bot.nlp.continental_numbers`):
a European scale word makes the comma a decimal sign and the dot a thousands separator, a
percentage keeps a dot a decimal point, and the Nordic and Czech crowns count as money."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor
from bot.nlp.continental_numbers import continental_value, padded_thousands, scale_stop

Row = tuple[float | None, str]


def _found(extractor: Extractor, text: str) -> list[Row]:
    return [(q.value, q.measure) for q in extractor.extract(text).quantities]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The city council set aside 2,7 Mrd. euros for new trams.", [(2.7e9, "euro")]),
        ("The harbour upgrade will cost 3,4 miliardi euros in total.", [(3.4e9, "euro")]),
        ("The pension fund lost 12 mia. kroner last quarter.", [(12e9, "krone")]),
        ("Oslo will spend 7,5 milliarder kroner on rail.", [(7.5e9, "krone")]),
        ("The new hospital in Malmö costs 9 miljarder kronor.", [(9e9, "krona")]),
        ("Helsinki budgeted 240 miljoonaa euroa for schools.", [(240e6, "euro")]),
        ("A painter's estate sold for 3,5 Mio. euros at auction.", [(3.5e6, "euro")]),
        ("The tunnel overran by 2.300 millones de euros.", [(2.3e9, "euro")]),
        ("The factory shipped 4,1 milionu rounds last year.", [(4.1e6, "round")]),
        ("The mayor said about 20 mila fans came to the square.", [(20000, "fan")]),
    ],
)
def test_a_european_scale_reads_the_number_continentally(
    extractor: Extractor, text: str, expected: list[Row]
) -> None:
    assert _found(extractor, text) == expected


def test_an_abbreviated_scale_before_a_currency_sign_ends_no_sentence(
    extractor: Extractor,
) -> None:
    text = "The region added 2,2 mld. Kč for flood defences."
    assert _found(extractor, text) == [(2.2e9, "koruna")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("A tram ticket in Brno costs 30 Kč.", [(30, "koruna")]),
        ("The court ordered him to pay 85.000 kroner in damages.", [(85000, "krone")]),
        ("Rents in Uppsala average 11.500 kronor a month.", [(11500, "krona")]),
    ],
)
def test_nordic_and_czech_crowns_are_money(
    extractor: Extractor, text: str, expected: list[Row]
) -> None:
    assert _found(extractor, text) == expected


def test_a_percentage_keeps_a_dotted_number_a_decimal(extractor: Extractor) -> None:
    assert _found(extractor, "The ten-year yield rose to 3.875 percent.") == [
        (3.875, "percentage")
    ]


def test_padded_thousands_before_an_english_scale_are_continental(
    extractor: Extractor,
) -> None:
    text = "Lisbon promised 2.000 million euros for the metro."
    assert _found(extractor, text) == [(2e9, "euro")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # Near misses: an English decimal before an English scale, dotted thousands before
        # a plain noun or a length, and a decimal comma with an English scale all stay.
        ("The airline raised 1.250 billion dollars.", [(1.25e9, "dollar")]),
        ("Some 14.000 runners crossed the bridge.", [(14000, "runner")]),
        ("The pipeline runs 2.000 km to the coast.", [(2000, "kilometre")]),
        ("Tourism brought in 3,6 million euros.", [(3.6e6, "euro")]),
    ],
)
def test_other_numbers_read_as_before(
    extractor: Extractor, text: str, expected: list[Row]
) -> None:
    assert _found(extractor, text) == expected


def test_the_value_of_continental_digits() -> None:
    assert continental_value("1.234,5") == 1234.5
    assert continental_value("1,234.5") is None
    assert padded_thousands("120.000") and not padded_thousands("1.500")


def test_a_scale_abbreviation_that_ends_a_sentence_still_ends_it() -> None:
    # Near miss: a capitalised word after "mld." that is no currency opens a sentence.
    texts = ["It", "cost", "3", "mld", ".", "The", "mayor", "left", "."]
    assert not scale_stop(texts, 4, 5)
    assert scale_stop(["It", "cost", "3", "mld", ".", "CZK", "."], 4, 5)
