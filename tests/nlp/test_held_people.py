"""People said to be held in a place or by a captor are counted as people, not troops, in a
story about soldiers (`bot.nlp.held_people`)."""

from __future__ import annotations

from bot.nlp import Extractor

_SOLDIERS = "Moscow says 2,000 Ukrainian troops were killed last week.\n"


def _measure(extractor: Extractor, text: str) -> str:
    (q,) = [q for q in extractor.extract(_SOLDIERS + text).quantities if q.value == 7000]
    return q.measure


def test_people_held_after_an_aside_are_people(extractor: Extractor) -> None:
    text = "Kyiv says about 7,000 Georgians, some of them aid workers, are held in Russia."
    assert _measure(extractor, text) == "person"


def test_people_held_in_reserve_stay_troops(extractor: Extractor) -> None:
    text = "Kyiv says about 7,000 Georgians, most of them volunteers, are held in reserve."
    assert _measure(extractor, text) == "troop"
