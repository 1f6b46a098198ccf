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


def _ratified(extractor: Extractor, clause: str) -> list[set[str]]:
    text = f"In Astana, the Senate on Tuesday voted to ratify the accord {clause} in March."
    events = extractor.extract(text).events
    return [set(e.parties) for e in events if e.stage is Stage.RATIFIED]


def test_a_treaty_one_state_signed_with_another_has_both_as_parties(
    extractor: Extractor,
) -> None:
    clause = "on border security that Kazakhstan signed with Uzbekistan"
    assert _ratified(extractor, clause) == [{"Kazakhstan", "Uzbekistan"}]


def test_a_treaty_signed_with_no_state_names_no_partner(extractor: Extractor) -> None:
    assert _ratified(extractor, "that Kazakhstan signed with its neighbours") == [set()]


def test_a_date_after_the_treaty_is_no_title(extractor: Extractor) -> None:
    # "the accord on Tuesday that ...": "on" opens a date, not the treaty's title.
    assert _ratified(extractor, "on Tuesday that Kazakhstan signed with Uzbekistan") == [set()]


def test_a_pact_allowing_two_sides_forces_binds_both(extractor: Extractor) -> None:
    text = (
        "A pact that allows Philippine and Australian troops to exercise on each other's "
        "soil took effect on Monday, Canberra said."
    )
    events = extractor.extract(text).events
    assert [frozenset(e.parties) for e in events] == [frozenset({"Philippines", "Australia"})]


def test_a_pact_allowing_one_sides_forces_keeps_its_parties(extractor: Extractor) -> None:
    text = (
        "An agreement that allows Australian troops to train in Thailand took effect on "
        "Monday, Canberra said."
    )
    events = extractor.extract(text).events
    assert [frozenset(e.parties) for e in events] == [frozenset({"Australia", "Thailand"})]
