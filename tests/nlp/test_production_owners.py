"""Goods "they" make, owned by the country the sentence names with its production."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str, value: float) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities if q.value == value]


def test_production_inside_a_country(extractor: Extractor) -> None:
    text = "Missile output inside Iran has doubled: they now build about 320 missiles a month."
    assert _actors(extractor, text, 320) == ["Iran"]


def test_a_possessive_production(extractor: Extractor) -> None:
    text = "Iran's drone industry is booming: they now make about 90 launchers a month."
    assert _actors(extractor, text, 90) == ["Iran"]


def test_production_for_a_buyer_names_no_maker(extractor: Extractor) -> None:
    text = "The production for Ukraine is slow: they make about 320 drones a month."
    assert _actors(extractor, text, 320) == [None]
