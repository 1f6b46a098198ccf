"""The states a treaty is said to bind name its parties (`bot.nlp.bound_parties`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_a_treaty_that_commits_two_states_has_them_as_parties(extractor: Extractor) -> None:
    text = (
        "The Armenian president has signed into law a pact that commits Armenia and Georgia "
        "to consult each other in a crisis."
    )
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.RATIFIED
    assert set(event.parties) == {"Armenia", "Georgia"}


def test_a_treaty_binding_one_state_named_keeps_the_clause_parties(extractor: Extractor) -> None:
    text = (
        "The Armenian president has signed into law a pact that commits Armenia to consult "
        "its neighbours in a crisis."
    )
    (event,) = extractor.extract(text).events
    assert event.parties == ("Armenia",)


def test_a_treaty_its_leaders_signed_has_their_states_as_parties(extractor: Extractor) -> None:
    text = (
        "Days after the Kyiv summit, the State Duma voted to ratify the pact that Vladimir "
        "Putin and Kim Jong Un signed in June."
    )
    events = [e for e in extractor.extract(text).events if e.stage is Stage.APPROVED]
    assert [set(e.parties) for e in events] == [{"Russia", "North Korea"}]


def test_a_treaty_one_leader_wants_others_to_sign_names_no_signers(
    extractor: Extractor,
) -> None:
    text = "The pact that Putin wants Kyiv to sign was approved by the State Duma on Tuesday."
    events = [e for e in extractor.extract(text).events if e.stage is Stage.APPROVED]
    assert events
    assert all("Ukraine" in e.parties for e in events)
