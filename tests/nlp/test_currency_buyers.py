"""A deal a state body values in its own one-state currency is that state's purchase."""

from __future__ import annotations

from bot.nlp import Extractor

_SUM = "The contract is worth 8.2 billion zlotys, or about $2.1 billion, the ministry said."


def _deal_actors(extractor: Extractor, text: str) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities if q.category == "deal"]


def test_a_ministry_sum_in_zlotys_is_poland_s(extractor: Extractor) -> None:
    text = "The rolling mill will hire again. " + _SUM
    assert _deal_actors(extractor, text) == ["Poland", "Poland"]


def test_another_state_told_before_keeps_the_sum_unowned(extractor: Extractor) -> None:
    text = "Romania wants more armour. " + _SUM
    assert _deal_actors(extractor, text) == [None, None]


def test_a_firm_telling_its_sum_in_won_is_no_buyer(extractor: Extractor) -> None:
    text = "The plant will hire again. The contract is worth 3 trillion won, the company said."
    assert _deal_actors(extractor, text) == [None]
