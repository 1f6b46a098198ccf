"""A count a subject "amounts to" or "numbers" is owned by the demonym in that subject."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities]


def test_losses_that_amount_to_a_count_are_the_demonyms(extractor: Extractor) -> None:
    text = "On Tuesday, Russian artillery losses in the south amounted to 2,350 personnel."
    assert _actors(extractor, text) == ["Russia"]


def test_a_grouping_that_numbers_a_count_is_the_demonyms(extractor: Extractor) -> None:
    text = "The force of Russian assault troops near the city now numbers about 48,000 soldiers."
    assert _actors(extractor, text) == ["Russia"]


def test_a_count_without_a_verb_of_size_stays_unowned(extractor: Extractor) -> None:
    # A demonym in the clause names a place's side, not whose the dead are.
    text = "The strike near the Russian border killed 14 people."
    assert _actors(extractor, text) == [None]


def test_a_subject_with_no_demonym_gives_no_owner(extractor: Extractor) -> None:
    text = "Combat losses over the past week amounted to 900 personnel."
    assert _actors(extractor, text) == [None]
