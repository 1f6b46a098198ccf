"""A "they" that stands for the forces the last sentence opened with."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities]


def test_they_are_the_forces_named_before(extractor: Extractor) -> None:
    text = (
        "Russian troops crossed into the Sumy region in the spring. Since then, according "
        "to Kyiv, they have lost more than 9,000 servicemen."
    )
    assert _actors(extractor, text) == ["Russia"]


def test_they_after_a_state_are_not_its_forces(extractor: Extractor) -> None:
    text = (
        "Russia says the border is calm. Since then, according to Kyiv, they have lost more "
        "than 9,000 servicemen."
    )
    assert _actors(extractor, text) == [None]
