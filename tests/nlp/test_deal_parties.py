"""A firm's home after "with" is the seller's origin, not the party that buys."""

from __future__ import annotations

from bot.nlp import Extractor


def _deal_actors(extractor: Extractor, text: str) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities if q.category == "deal"]


def test_a_firms_home_after_with_is_no_buyer(extractor: Extractor) -> None:
    text = (
        "Romania expands its army. The procurement agency on Monday signed a contract worth "
        "$2.1 billion with Germany's Rheinmetall Defence for 40 armoured vehicles."
    )
    assert _deal_actors(extractor, text) == ["Romania"]


def test_a_state_after_with_is_still_the_buyer(extractor: Extractor) -> None:
    text = "Rheinmetall on Monday signed a contract worth $400 million with Norway for 40 vehicles."
    assert _deal_actors(extractor, text) == ["Norway"]
