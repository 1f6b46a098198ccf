"""Signed purchase contracts are no treaty steps."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_signed_contract_is_not_a_signed_treaty(extractor: Extractor) -> None:
    text = (
        "Norway signed a $2 billion contract with Germany's Rheinmetall for 54 tanks, "
        "the biggest defence deal in the country's history."
    )
    assert not extractor.extract(text).events


def test_a_signed_agreement_between_states_stays_a_step(extractor: Extractor) -> None:
    text = "Norway and Germany signed a defence agreement on Monday."
    (event,) = extractor.extract(text).events
    assert event.stage.value == "signed"


def test_scrapping_tariffs_under_an_agreement_is_no_withdrawal(extractor: Extractor) -> None:
    text = (
        "Under the new agreement with the EU, Chile will scrap tariffs on European wine "
        "within five years."
    )
    assert not [e for e in extractor.extract(text).events if e.stage.value == "withdrawn"]


def test_scrapping_the_pact_itself_stays_a_withdrawal(extractor: Extractor) -> None:
    text = "Chile and Peru said on Monday they would scrap the fisheries agreement."
    (event,) = extractor.extract(text).events
    assert event.stage.value == "withdrawn"


def test_a_player_signed_on_a_deal_is_no_treaty(extractor: Extractor) -> None:
    text = "Ajax sign Japanese striker on four-year deal"
    assert not extractor.extract(text).events


def test_a_law_signed_on_ratification_stays_a_step(extractor: Extractor) -> None:
    text = "President Alexander Stubb signed the law on ratification of the treaty with Sweden."
    assert [e.stage.value for e in extractor.extract(text).events] == ["ratified"]


def test_a_player_signed_on_a_hyphenated_term_is_no_treaty(extractor: Extractor) -> None:
    text = (
        "Benfica have signed Georgian forward Giorgi Beridze on a two-and-a-half-year deal, "
        "the club said on Tuesday."
    )
    assert not extractor.extract(text).events


def test_states_signing_on_a_day_a_hyphenated_deal_stay_a_step(extractor: Extractor) -> None:
    text = "Georgia and Armenia signed on Tuesday a long-awaited cross-border deal."
    assert [e.stage.value for e in extractor.extract(text).events] == ["signed"]


def test_a_contract_after_a_bracketed_second_amount_is_still_the_object(
    extractor: Extractor,
) -> None:
    text = (
        "Rheinmetall said it has signed a 3.1 billion-euro (US$3.4 billion) contract to supply "
        "40 air-defence systems to Latvia, the largest export deal in its history."
    )
    assert not extractor.extract(text).events


def test_a_bracketed_aside_before_a_pact_keeps_the_step(extractor: Extractor) -> None:
    text = (
        "Latvia and Estonia signed a (long-delayed) border pact on Monday, the first deal "
        "of its kind."
    )
    (event,) = extractor.extract(text).events
    assert event.stage.value == "signed"
