"""Men that size a military formation count as soldiers (`bot.nlp.force_men`)."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor


def _measures(extractor: Extractor, text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.measure) for q in extractor.extract(text).quantities]


@pytest.mark.parametrize(
    "text",
    [
        "The general put the expeditionary contingent on the island at about 6,500 men.",
        "Rome sent a force of 2,400 men to the frontier in the spring.",
    ],
)
def test_men_sizing_a_formation_are_troops(extractor: Extractor, text: str) -> None:
    assert [m for _, m in _measures(extractor, text)] == ["troop"]


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: a crowd, a labour force and a queue are sized in men who stay men.
        "Organisers put the crowd outside the stadium at about 3,000 men.",
        "The mine kept a labour force of 1,200 men through the winter.",
        "A queue of 300 men formed outside the job centre.",
    ],
)
def test_other_men_stay_men(extractor: Extractor, text: str) -> None:
    assert [m for _, m in _measures(extractor, text)] == ["man"]
