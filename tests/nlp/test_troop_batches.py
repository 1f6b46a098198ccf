"""A rotation or wave "of N", and a total's breakdown after a colon, count the troops told
before (`bot.nlp.troop_batches`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _rows(extractor: Extractor, text: str) -> list[tuple[float | None, str, str | None]]:
    return [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]


def test_a_rotation_of_some_n(extractor: Extractor) -> None:
    text = (
        "Rwanda has deployed about 4,500 troops to Mozambique, including a fresh rotation of "
        "some 900 who landed in March, the army said."
    )
    assert _rows(extractor, text) == [(4500, "troop", "Rwanda"), (900, "troop", "Rwanda")]


def test_a_breakdown_after_a_colon(extractor: Extractor) -> None:
    text = (
        "Rwanda has deployed about 4,500 troops to Mozambique: around 3,000 in 2021 and a "
        "second wave of some 1,500 last year."
    )
    assert [v for v, _, _ in _rows(extractor, text)] == [4500, 3000, 1500]
    assert {m for _, m, _ in _rows(extractor, text)} == {"troop"}


def test_a_wave_of_drones_counts_drones(extractor: Extractor) -> None:
    text = "Rwanda has 4,500 troops there, and a wave of 40 drones hit the base."
    assert _rows(extractor, text)[-1][:2] == (40, "drone")
