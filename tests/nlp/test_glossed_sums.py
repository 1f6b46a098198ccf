"""A bracketed English gloss of a translated amount is not a second amount
(`bot.nlp.glossed_sums`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _values(extractor: Extractor, text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.measure) for q in extractor.extract(text).quantities]


def test_a_gloss_in_brackets_counts_once(extractor: Extractor) -> None:
    text = "The port authority borrowed 4,5 miliardi euros (4.5 billion euros) for new docks."
    assert _values(extractor, text) == [(4.5e9, "euro")]


def test_a_conversion_in_brackets_stays_a_figure_of_its_own(extractor: Extractor) -> None:
    # Near miss: another currency's figure in brackets is a conversion, told as well.
    text = "The port authority borrowed 30 miljarder kronor (about 2,7 miljarder euros)."
    assert _values(extractor, text) == [(30e9, "krona"), (2.7e9, "euro")]


def test_two_equal_sums_told_apart_stay_two(extractor: Extractor) -> None:
    # Near miss: the same amount twice, not in brackets, is two sums.
    text = "Each city got 5 million euros and each village 5 million euros."
    assert _values(extractor, text) == [(5e6, "euro"), (5e6, "euro")]
