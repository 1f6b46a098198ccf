"""A deal signed by a state body named without its state is that state's purchase."""

from __future__ import annotations

from bot.nlp import Extractor

_OPENING = "Romania expands its army. Bucharest wants more armour on its eastern flank. "


def _deal_actors(extractor: Extractor, text: str) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities if q.category == "deal"]


def test_the_procurement_agency_buys_for_the_story_state(extractor: Extractor) -> None:
    text = _OPENING + (
        "The procurement agency signed a contract worth $2.1 billion for 54 howitzers from "
        "South Korea's Hanwha Aerospace, the ministry said."
    )
    assert _deal_actors(extractor, text) == ["Romania"]


def test_it_after_the_agency_said_is_the_agency(extractor: Extractor) -> None:
    text = _OPENING + (
        "The defence ministry said on Monday it had signed a $1.2 billion contract with "
        "Rheinmetall for air defence systems."
    )
    assert _deal_actors(extractor, text) == ["Romania"]


def test_a_firm_signing_is_no_state_purchase(extractor: Extractor) -> None:
    text = _OPENING + "The carmaker signed a contract worth $2.1 billion for new engines."
    assert _deal_actors(extractor, text) == [None]


def test_items_a_bare_agency_contracted_for_are_the_story_state(extractor: Extractor) -> None:
    text = _OPENING + (
        "The procurement agency signed with Rheinmetall a contract for the delivery of 46 "
        "armoured vehicles, the ministry said."
    )
    found = [(q.value, q.actor) for q in extractor.extract(text).quantities]
    assert found == [(46, "Romania")]


def test_items_without_a_contract_keep_no_buyer(extractor: Extractor) -> None:
    text = _OPENING + "The procurement agency signed off on repairs to 46 armoured vehicles."
    assert [q.actor for q in extractor.extract(text).quantities] == [None]


_TALKS = "Japan hosts India's defence minister for talks in Tokyo. "


def test_a_sum_in_the_buyers_own_currency_names_the_buyer(extractor: Extractor) -> None:
    text = _TALKS + (
        "The defence ministry signed a contract worth 70 billion rupees with Larsen & "
        "Toubro for 100 howitzers."
    )
    assert _deal_actors(extractor, text) == ["India"]


def test_a_currency_whose_state_the_story_never_names_changes_nothing(
    extractor: Extractor,
) -> None:
    text = "Japan hosts talks in Tokyo. " + (
        "The defence ministry signed a contract worth 70 billion rupees with Larsen & "
        "Toubro for 100 howitzers."
    )
    assert _deal_actors(extractor, text) == ["Japan"]


def test_a_day_between_the_agency_and_its_signing(extractor: Extractor) -> None:
    text = _OPENING + (
        "The procurement agency on Friday signed a contract worth $900 million with "
        "Rheinmetall for 30 armoured vehicles, the minister said."
    )
    assert _deal_actors(extractor, text) == ["Romania"]


def test_a_day_after_a_named_firm_names_no_state_body(extractor: Extractor) -> None:
    text = _OPENING + (
        "Rheinmetall on Friday signed a contract worth $900 million with a Dutch buyer for "
        "30 armoured vehicles, the company said."
    )
    assert _deal_actors(extractor, text) == [None]


def test_a_currency_code_names_the_buyer_when_no_state_is_named(extractor: Extractor) -> None:
    text = (
        "The procurement agency on Monday signed two contracts worth more than PLN 4 billion "
        "for armoured vehicles, the ministry said."
    )
    assert _deal_actors(extractor, text) == ["Poland"]


def test_no_currency_and_no_state_names_no_buyer(extractor: Extractor) -> None:
    text = (
        "The procurement agency on Monday signed two contracts worth more than $4 billion "
        "for armoured vehicles, the ministry said."
    )
    assert _deal_actors(extractor, text) == [None]
