"""A bare buying body valuing a sum in a sentence of its own prices its own purchase."""

from __future__ import annotations

from bot.nlp import Extractor

_STORY = (
    "Poland is buying more rocket artillery. "
    "The Armament Agency and a Czech firm signed the order on Tuesday. "
)
_VALUE = "put its value at 5.2 billion zloty, or about $1.3 billion, with spare parts."


def test_agency_valuation_is_the_buyers_deal(extractor: Extractor) -> None:
    text = _STORY + "The agency " + _VALUE
    quantities = extractor.extract(text).quantities
    assert [(q.category, q.actor) for q in quantities] == [("deal", "Poland"), ("deal", "Poland")]


def test_analysts_valuation_is_no_deal(extractor: Extractor) -> None:
    # Near miss: the valuer is no buying body.
    text = _STORY + "Analysts " + _VALUE
    quantities = extractor.extract(text).quantities
    assert {q.category for q in quantities} == {"money"}
