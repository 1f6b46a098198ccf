"""Troops told to remain take the side whose losses the sentence just counted
(`bot.nlp.remaining_troops`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _sides(extractor: Extractor, text: str) -> list[tuple[float | None, str, str | None]]:
    return [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]


def test_the_troops_that_remain_are_the_losing_sides(extractor: Extractor) -> None:
    text = (
        "The agency said that the North Korean contingent has suffered about 300 casualties "
        "and that about 700 troops remain near Pokrovsk."
    )
    assert _sides(extractor, text) == [
        (300, "casualty", "North Korea"),
        (700, "troop", "North Korea"),
    ]


def test_troops_told_otherwise_take_no_side(extractor: Extractor) -> None:
    # Near miss: troops "needed" there are not what is left of the force.
    text = (
        "The agency said that the North Korean contingent has suffered about 300 casualties "
        "and that about 700 troops were needed near Pokrovsk."
    )
    assert (700, "troop", None) in _sides(extractor, text)
