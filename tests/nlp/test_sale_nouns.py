"""A sale made to a state prices the buyer's deal."""

from __future__ import annotations

from bot.nlp import Extractor


def _deal_actors(extractor: Extractor, text: str) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities if q.category == "deal"]


def test_the_sale_to_a_state_before_the_worth_is_its_deal(extractor: Extractor) -> None:
    text = (
        "The State Department has approved the sale to Norway of air defence missiles in a "
        "deal worth an estimated $2.2 billion, officials said."
    )
    assert _deal_actors(extractor, text) == ["Norway"]


def test_a_sale_after_its_worth_names_its_buyer(extractor: Extractor) -> None:
    text = "The agency also approved a $900 million sale of naval radars to Greece on Friday."
    assert _deal_actors(extractor, text) == ["Greece"]


def test_plural_sales_stay_the_sellers_tally(extractor: Extractor) -> None:
    text = "Washington's arms sales to Greece were worth $900 million last year, officials said."
    assert _deal_actors(extractor, text) != ["Greece"]
