"""Bodies handed over or received are counted as bodies, not as a new death toll."""

from __future__ import annotations

from bot.nlp import Extractor


def test_bodies_handed_over_are_no_casualties(extractor: Extractor) -> None:
    text = "Moldova said it had received the bodies of 300 fallen Moldovan soldiers on Monday."
    figures = extractor.extract(text).quantities
    assert [(q.value, q.measure, q.category) for q in figures] == [(300, "body", "body")]


def test_bodies_found_stay_casualties(extractor: Extractor) -> None:
    text = "Police said the bodies of 40 villagers were found near the river on Monday."
    figures = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in figures] == [(40, "casualty")]
