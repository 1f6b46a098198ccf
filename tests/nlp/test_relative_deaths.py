"""A relative clause of dying makes the figure before it a count of the dead."""

from __future__ import annotations

from bot.nlp import Extractor


def _measures(extractor: Extractor, text: str) -> dict[float | None, str]:
    return {q.value: q.measure for q in extractor.extract(text).quantities}


def test_soldiers_who_died_are_casualties(extractor: Extractor) -> None:
    text = "State television said the leader decorated 14 sailors who died in the fire."
    assert _measures(extractor, text)[14] == "casualty"


def test_soldiers_who_were_killed_are_casualties(extractor: Extractor) -> None:
    text = "A memorial lists 230 Belarusian soldiers who had been killed in the war."
    assert _measures(extractor, text)[230] == "casualty"


def test_soldiers_who_served_are_no_casualties(extractor: Extractor) -> None:
    text = "State television said the leader decorated 14 sailors who served on the ship."
    assert _measures(extractor, text)[14] != "casualty"


def test_soldiers_who_killed_others_are_no_casualties(extractor: Extractor) -> None:
    text = "Officials said 40 soldiers who killed two guards were arrested."
    assert _measures(extractor, text)[40] == "troop"
