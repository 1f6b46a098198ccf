"""Soldiers introduced by "including" after a toll are part of it
(`bot.nlp.included_casualties`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _measures(extractor: Extractor, text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.measure) for q in extractor.extract(text).quantities]


def test_soldiers_among_the_dead_and_wounded_are_casualties(extractor: Extractor) -> None:
    text = (
        "The rebels have lost about 9,000 fighters killed and wounded this year, the army "
        "said on Sunday, including nearly 700 Chadian soldiers."
    )
    assert _measures(extractor, text) == [(9000, "casualty"), (700, "casualty")]


def test_among_them_marks_the_share_too(extractor: Extractor) -> None:
    text = "Shelling wounded 140 people in the city, among them 35 troops."
    assert _measures(extractor, text) == [(140, "casualty"), (35, "casualty")]


def test_civilians_keep_their_own_noun(extractor: Extractor) -> None:
    text = "The strike killed 31 civilians, including 8 children."
    assert _measures(extractor, text) == [(31, "casualty"), (8, "child")]


def test_troops_after_a_count_that_is_no_toll_stay_troops(extractor: Extractor) -> None:
    text = "The convoy carried 400 people, including 250 soldiers."
    assert _measures(extractor, text) == [(400, "person"), (250, "troop")]
