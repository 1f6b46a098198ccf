"""A state's initials or a hyphened pair before "Treaty" name a party, not a city
(`bot.nlp.name_senses`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_initials_before_treaty_name_a_party(extractor: Extractor) -> None:
    facts = extractor.extract("Moscow ratified the Russia-DPRK Treaty on Friday.")
    assert "North Korea" in facts.entities()
    (event,) = facts.events
    assert set(event.parties) == {"Russia", "North Korea"}


def test_hyphened_city_pair_before_treaty_names_a_party(extractor: Extractor) -> None:
    facts = extractor.extract("Iran's parliament approved the Russia-Tehran Treaty on Sunday.")
    assert "Iran" in {m.entity for m in facts.mentions if m.surface == "Tehran"}


def test_a_city_treaty_still_names_no_party(extractor: Extractor) -> None:
    facts = extractor.extract("Poland signed the Ottawa Convention in 1997.")
    assert "Canada" not in facts.entities()


def test_initials_are_no_given_name_before_a_recurring_capitalised_word(
    extractor: Extractor,
) -> None:
    # "Treaty" stands alone elsewhere, as a surname would (`mentions._without_given_names`).
    text = (
        "Lawmakers back Treaty on Good Neighbourliness with DPRK\n"
        "The Duma on Tuesday ratified the Russia-DPRK Treaty on Good Neighbourliness."
    )
    facts = extractor.extract(text)
    assert "North Korea" in facts.entities()
    assert any(set(e.parties) == {"Russia", "North Korea"} for e in facts.events)


def test_a_given_name_before_a_recurring_surname_is_still_dropped(extractor: Extractor) -> None:
    text = "Jordan Whitaker scored twice on Saturday. Whitaker said the win mattered."
    assert "Jordan" not in extractor.extract(text).entities()


def test_a_city_before_a_lower_case_convention_names_no_party(extractor: Extractor) -> None:
    facts = extractor.extract("Finland quit the Ottawa convention last year.")
    assert "Canada" not in facts.entities()


def test_a_capital_before_a_lower_case_agreement_still_names_its_state(
    extractor: Extractor,
) -> None:
    facts = extractor.extract("Officials said the Ottawa agreement with Mexico was signed.")
    assert "Canada" in facts.entities()


def test_a_city_before_a_climate_pact_names_no_party(extractor: Extractor) -> None:
    facts = extractor.extract("Poland threatened to leave the Ottawa climate pact on Monday.")
    assert "Canada" not in facts.entities()


def test_a_city_that_named_a_treaty_names_it_again_before_agreement(
    extractor: Extractor,
) -> None:
    text = (
        "Poland left the Ottawa climate pact on Monday. The Ottawa agreement, adopted in 1997 "
        "by dozens of parties, set binding targets."
    )
    assert "Canada" not in extractor.extract(text).entities()


def test_a_capital_before_an_agreement_with_a_state_still_names_its_state(
    extractor: Extractor,
) -> None:
    # The city named a treaty earlier, but "the Ottawa agreement with Mexico" is Canada's.
    text = (
        "Poland left the Ottawa climate pact on Monday. "
        "The Ottawa agreement with Mexico was signed."
    )
    assert "Canada" in extractor.extract(text).entities()
