"""A pact named by the nationals it lets in has their state as its other party
(`bot.nlp.covered_nationals`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_pact_letting_a_states_workers_in_is_made_with_that_state(
    extractor: Extractor,
) -> None:
    text = (
        "Japan's parliament on Friday approved an agreement that will allow up to 5,000 "
        "Vietnamese workers a year to take jobs in Japanese shipyards."
    )
    events = extractor.extract(text).events
    assert [(e.stage.value, set(e.parties)) for e in events] == [
        ("ratified", {"Japan", "Vietnam"})
    ]


def test_a_pact_letting_a_state_buy_goods_names_no_new_party(extractor: Extractor) -> None:
    # Near miss: the demonym describes goods, not the people the pact lets in.
    text = (
        "Japan's parliament on Friday approved an agreement that will let Japan buy "
        "Vietnamese rice at a fixed price."
    )
    events = extractor.extract(text).events
    assert [(e.stage.value, e.parties) for e in events] == [("ratified", ("Japan",))]
