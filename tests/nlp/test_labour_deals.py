"""Unions ratify and approve labour agreements: no treaty steps."""

from __future__ import annotations

from bot.nlp import Extractor


def test_workers_approving_a_labour_agreement_is_no_treaty_step(extractor: Extractor) -> None:
    text = (
        "Engineers at U.S. planemaker Textron voted on Tuesday to approve a five-year labour "
        "agreement, ending a month-long strike."
    )
    assert not extractor.extract(text).events


def test_a_bonus_on_ratification_for_each_worker_is_no_step(extractor: Extractor) -> None:
    text = "Under the deal with Germany, each worker gets a bonus on ratification."
    assert not extractor.extract(text).events


def test_a_treaty_on_workers_ratified_by_a_state_stays_a_step(extractor: Extractor) -> None:
    text = "Moldova's parliament ratified the convention on migrant workers on Thursday."
    (event,) = extractor.extract(text).events
    assert (event.stage.value, event.parties) == ("ratified", ("Moldova",))


def test_the_european_union_is_no_trade_union(extractor: Extractor) -> None:
    text = "The European Union and Chile signed a trade agreement on Monday."
    (event,) = extractor.extract(text).events
    assert event.stage.value == "signed"


def test_a_states_deal_with_a_pay_clause_stays_a_step(extractor: Extractor) -> None:
    text = "Germany and Poland signed a defence agreement on Monday that covers soldiers' pay."
    (event,) = extractor.extract(text).events
    assert event.stage.value == "signed"
