"""Reading a figure (`bot.nlp.figures`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_small_number_compounded_with_a_length_after_the(extractor: Extractor) -> None:
    text = "Police held 40 people during the three-day raid."
    found = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert found == [(40, "person"), (3, "day")]


def test_the_two_sides_are_no_count(extractor: Extractor) -> None:
    assert extractor.extract("The two sides met in Oslo.").quantities == ()
