"""A count of recruits is the side of the army they joined (`bot.nlp.joined_armies`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities]


def test_recruits_who_joined_a_states_army_are_its(extractor: Extractor) -> None:
    text = "The minister said some 30,000 soldiers had joined the Belarusian army this year."
    assert _actors(extractor, text) == ["Belarus"]


def test_foreigners_who_joined_keep_their_own_side(extractor: Extractor) -> None:
    text = "Officials said 2,000 Serbian soldiers had joined the Belarusian army this year."
    assert _actors(extractor, text) == ["Serbia"]


def test_joining_something_not_an_army_names_no_side(extractor: Extractor) -> None:
    text = "Some 300 soldiers joined the Belarusian delegation at the parade."
    assert _actors(extractor, text) == [None]
