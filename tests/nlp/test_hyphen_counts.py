"""A count hyphenated to a singular noun counts that noun."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_hyphenated_count_before_a_noun_counts_the_singular(extractor: Extractor) -> None:
    text = "The council approved a 48-bed care home on the old depot site."
    assert [(q.value, q.measure) for q in extractor.extract(text).quantities] == [(48, "bed")]


def test_a_seat_count_with_a_thousands_separator(extractor: Extractor) -> None:
    text = "The club plans a 12,500-seat stadium by the river."
    assert [(q.value, q.measure) for q in extractor.extract(text).quantities] == [
        (12500, "seat")
    ]


def test_an_age_stays_no_figure(extractor: Extractor) -> None:
    text = "A 34-year-old cyclist was taken to hospital."
    assert extractor.extract(text).quantities == ()


def test_a_quake_magnitude_and_a_one_off_are_no_counts(extractor: Extractor) -> None:
    text = "A 5.8-magnitude quake hit the valley, and the council made a one-off grant."
    assert extractor.extract(text).quantities == ()
