"""A source's size for a deployed group, told as a bare number after "at", counts troops."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_deployment_put_at_a_bare_number_counts_troops(extractor: Extractor) -> None:
    text = (
        "Officials in Vilnius said about 3,000 Belarusian soldiers had crossed into Mali, "
        "while France's intelligence service puts the deployment at nearly 4,500."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (4500, "troop", "Belarus")


def test_a_contingent_estimated_at_a_bare_number(extractor: Extractor) -> None:
    text = "Analysts in Warsaw estimate the Belarusian contingent at some 2,500."
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (2500, "troop", "Belarus")


def test_a_bare_number_after_a_plain_at_is_left_alone(extractor: Extractor) -> None:
    text = "The deployment began at 0600, and the convoy stopped at 12 checkpoints."
    assert [q.value for q in extractor.extract(text).quantities if q.measure == "troop"] == []


def test_a_lead_in_naming_two_states_owns_no_count(extractor: Extractor) -> None:
    text = "Paris and Berlin agree on the size of the mission: about 900 troops stay in Mali."
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.measure, q.actor) == (900, "troop", None)


def test_a_label_naming_one_state_still_owns_its_count(extractor: Extractor) -> None:
    text = "Belarusian troops: about 900."
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.actor) == (900, "Belarus")


def test_a_force_put_at_a_bare_number_counts_its_soldiers(extractor: Extractor) -> None:
    text = "The institute put the Ethiopian force near the border at about 25,000."
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (25000, "troop", "Ethiopia")


def test_an_air_force_put_at_a_number_is_no_troop_count(extractor: Extractor) -> None:
    text = "The institute put the Ethiopian air force at about 40."
    assert [q for q in extractor.extract(text).quantities if q.measure == "troop"] == []


def test_a_contingent_put_higher_at_a_bare_number_counts_troops(extractor: Extractor) -> None:
    # After a toll, the group noun still says the bare number counts soldiers, not the dead.
    text = (
        "Officials in Vilnius said about 300 Belarusian soldiers had been killed in Mali. "
        "France's intelligence service puts the contingent much higher, at nearly 4,500."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (4500, "troop", "Belarus")


def test_an_air_force_put_higher_is_still_no_troop_count(extractor: Extractor) -> None:
    text = "The institute puts the Ethiopian air force higher, at about 40."
    assert [q for q in extractor.extract(text).quantities if q.measure == "troop"] == []
