"""Reservists beside a wartime strength are a pool, not the army."""

from __future__ import annotations

from bot.nlp import Extractor


def _whole(extractor: Extractor, text: str) -> dict[float | None, bool]:
    return {q.value: q.whole_force for q in extractor.extract(text).quantities}


def test_reservists_beside_a_wartime_force_are_a_pool(extractor: Extractor) -> None:
    text = "Finland can mobilise a wartime force of 280,000 troops and has some 870,000 reservists."
    assert _whole(extractor, text) == {280000: True, 870000: False}


def test_reservists_beside_active_troops_are_the_army(extractor: Extractor) -> None:
    text = "The army has about 1.28 million active-duty troops and some 7.6 million reservists."
    assert _whole(extractor, text) == {1280000: True, 7600000: True}
