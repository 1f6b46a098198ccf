"""Losses inflicted on a side are that side's."""

from __future__ import annotations

from bot.nlp import Extractor


def test_losses_inflicted_on_the_armed_forces_of_a_country(extractor: Extractor) -> None:
    text = (
        "The ministry said its units had inflicted losses of up to 150 servicemen on the "
        "Armed Forces of Ukraine near Pokrovsk."
    )
    q = extractor.extract(text).quantities
    assert [(x.value, x.measure, x.actor) for x in q] == [(150, "casualty", "Ukraine")]


def test_losses_inflicted_on_a_demonym_unit(extractor: Extractor) -> None:
    text = "The brigade said it inflicted losses of 40 soldiers on Russian units overnight."
    q = extractor.extract(text).quantities
    assert [(x.value, x.actor) for x in q] == [(40, "Russia")]
