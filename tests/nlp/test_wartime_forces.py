"""A wartime force a state can mobilise is its whole army."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_wartime_force_is_the_whole_army(extractor: Extractor) -> None:
    text = "Finland borders Russia. It can mobilise a wartime force of 280,000 troops."
    (q,) = extractor.extract(text).quantities
    assert q.whole_force


def test_a_force_deployed_in_days_is_no_army(extractor: Extractor) -> None:
    text = "NATO can deploy a force of 3,000 troops within days."
    (q,) = extractor.extract(text).quantities
    assert not q.whole_force
