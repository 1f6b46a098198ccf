"""Troops a side has in a place named before ", where" are a deployment
(`bot.nlp.where_deployments`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_troops_had_where_a_place_was_named_are_no_whole_army(extractor: Extractor) -> None:
    text = (
        "The move frees units for the fighting in Sudan, where Ethiopia already has some "
        "40,000 troops, officials said."
    )
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.measure, q.whole_force) == (40000, "troop", False)


def test_troops_a_side_has_with_no_place_are_its_army(extractor: Extractor) -> None:
    text = "Officials said Ethiopia has some 140,000 troops, more than its neighbours."
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.whole_force) == (140000, True)
