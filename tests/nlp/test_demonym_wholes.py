"""A part counted "of the <demonym> <noun>" is owned by the demonym's side."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities]


def test_a_part_of_demonym_soldiers_is_their_sides(extractor: Extractor) -> None:
    text = "The report found that roughly 4,000 of the Russian soldiers had been wounded."
    assert _actors(extractor, text) == ["Russia"]


def test_a_part_of_a_longer_demonym_phrase_is_its_sides(extractor: Extractor) -> None:
    text = "It was believed that some 900 of the North Korean troops had died near the river."
    assert _actors(extractor, text) == ["North Korea"]


def test_a_part_of_troops_sent_to_a_place_has_no_owner(extractor: Extractor) -> None:
    # The place the troops went to is not whose they are.
    text = "About 300 of the troops sent to Russia were wounded."
    assert _actors(extractor, text) == [None]
