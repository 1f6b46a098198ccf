"""Another pact's states are not parties of the treaty reported."""

from __future__ import annotations

from bot.nlp import Extractor


def test_states_of_a_pact_compared_with_are_not_parties(extractor: Extractor) -> None:
    text = (
        "The treaty, which Russia and Iran signed on Friday, lacks the defence clause of "
        "Moscow's pact with Pyongyang."
    )
    (event,) = extractor.extract(text).events
    assert "North Korea" not in event.parties
