"""A "that" after a preposition ends no clause (`bot.nlp.determiner_thats`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _measures(extractor: Extractor, text: str) -> dict[float | None, str]:
    return {q.value: q.measure for q in extractor.extract(text).quantities}


def test_losses_in_that_area_still_count_the_servicemen(extractor: Extractor) -> None:
    text = (
        "The ministry said that units had repelled three attacks in the south, and that "
        "Ukrainian losses in that area over the past day amounted to up to 180 servicemen."
    )
    assert _measures(extractor, text)[180] == "casualty"


def test_a_clause_opening_that_still_cuts_the_losses_off(extractor: Extractor) -> None:
    # Near miss: "said that" opens a new reported clause counting deployed troops.
    text = "Despite heavy losses, the ministry said that 180 servicemen were sent to the area."
    assert _measures(extractor, text)[180] == "troop"
