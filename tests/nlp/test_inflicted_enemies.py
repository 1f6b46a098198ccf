"""Losses inflicted "on the enemy" are the claimant's opponent's."""

from __future__ import annotations

from bot.nlp import Extractor


def test_losses_on_the_enemy_go_to_the_claimants_opponent(extractor: Extractor) -> None:
    text = (
        "Units of the East group of forces inflicted losses of up to 140 servicemen on the "
        "enemy near Kupiansk, the Russian Defence Ministry said."
    )
    q = extractor.extract(text).quantities
    assert [(x.value, x.measure, x.actor) for x in q] == [(140, "casualty", "Ukraine")]


def test_losses_on_a_named_side_keep_that_side(extractor: Extractor) -> None:
    text = (
        "Units of the East group of forces inflicted losses of up to 140 servicemen on the "
        "Armed Forces of Ukraine near Kupiansk, the Russian Defence Ministry said."
    )
    q = extractor.extract(text).quantities
    assert [(x.value, x.actor) for x in q] == [(140, "Ukraine")]
