"""Reading a figure (`bot.nlp.figures`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_small_number_compounded_with_a_length_after_the(extractor: Extractor) -> None:
    text = "Police held 40 people during the three-day raid."
    found = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert found == [(40, "person"), (3, "day")]


def test_the_two_sides_are_no_count(extractor: Extractor) -> None:
    assert extractor.extract("The two sides met in Oslo.").quantities == ()


def test_a_range_of_two_percentages(extractor: Extractor) -> None:
    text = "The bank kept its key rate in a range of 3.75% to 4% on Wednesday."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.value_max, q.measure) == (3.75, 4, "percentage")


def test_a_rise_between_two_percentages_is_no_range(extractor: Extractor) -> None:
    text = "Unemployment rose 3.75% to 4% in a year."
    assert [q.value_max for q in extractor.extract(text).quantities] == [None, None]


def test_a_strong_force_with_a_demonym_before_its_noun(extractor: Extractor) -> None:
    text = "Minsk said a 4,000-strong Belarusian contingent was at the border."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (4000, "troop", "Belarus")


def test_a_strong_demonym_before_no_force_noun_is_no_count(extractor: Extractor) -> None:
    text = "Minsk said a 4,000-strong Belarusian crowd gathered at the border."
    assert not [q for q in extractor.extract(text).quantities if q.measure == "troop"]
