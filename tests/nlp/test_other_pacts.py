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


def test_states_in_a_participle_aside_are_not_parties(extractor: Extractor) -> None:
    text = (
        "Latvia's parliament voted on Monday to leave the convention on cluster munitions and "
        "withdraw from the treaty, citing the threat from Russia."
    )
    events = extractor.extract(text).events
    assert events
    assert all(e.parties == ("Latvia",) for e in events)


def test_a_withdrawal_told_after_a_step_keeps_its_own_state(extractor: Extractor) -> None:
    text = (
        "Finland's parliament voted on Monday to withdraw from the landmine treaty. "
        "In Oslo, the Storting approved a bill on Norway's withdrawal from the treaty."
    )
    events = extractor.extract(text).events
    assert events[-1].parties == ("Norway",)
