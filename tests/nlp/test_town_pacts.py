"""Pacts between towns ("sister-city", "twinning") are no treaty steps."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_sister_city_pact_is_no_treaty_step(extractor: Extractor) -> None:
    text = "Gimhae signs sister-city pact with Georgia's Fulton County."
    assert not extractor.extract(text).events


def test_a_twinning_agreement_is_no_treaty_step(extractor: Extractor) -> None:
    text = "Germany's Lindau and France's Chelles signed a twinning agreement on Sunday."
    assert not extractor.extract(text).events


def test_a_sister_city_partnership_agreement_is_no_step(extractor: Extractor) -> None:
    text = "Japan's Kobe and Australia's Brisbane signed a sister-city partnership agreement."
    assert not extractor.extract(text).events


def test_a_states_border_pact_stays_a_step(extractor: Extractor) -> None:
    text = "Kazakhstan and Kyrgyzstan signed a border pact on Monday."
    (event,) = extractor.extract(text).events
    assert event.stage.value == "signed"


def test_a_pact_with_a_named_town_of_a_state_is_no_step(extractor: Extractor) -> None:
    text = "Bury has signed a friendship agreement with the German town of Tulln on Friday."
    assert not extractor.extract(text).events


def test_a_pact_with_the_states_government_stays_a_step(extractor: Extractor) -> None:
    text = "Poland signed a defence agreement with the government of South Korea on Friday."
    (event,) = extractor.extract(text).events
    assert event.stage.value == "signed"


def test_a_pact_with_a_town_described_after_its_name_is_no_step(extractor: Extractor) -> None:
    text = (
        "On Monday the council signed a cooperation agreement with Tulln, the Austrian town "
        "where the engine plant stands."
    )
    assert not extractor.extract(text).events


def test_a_pact_with_a_state_described_after_its_name_stays_a_step(
    extractor: Extractor,
) -> None:
    # Near miss: the appositive describes a state, not a town.
    text = (
        "On Monday Poland signed a defence agreement with Norway, the Nordic country that "
        "builds the missiles."
    )
    (event,) = extractor.extract(text).events
    assert event.stage.value == "signed"
