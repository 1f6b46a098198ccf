"""An upper-case "US" between a number and its noun is the country, not the pronoun."""

from __future__ import annotations

from bot.nlp import Extractor


def test_us_before_the_counted_noun_names_whose_troops(extractor: Extractor) -> None:
    q = extractor.extract("Roughly 35,000 US troops are based in Germany.").quantities
    assert [(x.value, x.measure, x.actor) for x in q] == [(35000, "troop", "United States")]
