"""Losses counted "among" a side's soldiers (`bot.nlp.losses_among`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> dict[float | None, str | None]:
    return {q.value: q.actor for q in extractor.extract(text).quantities}


def test_casualties_among_a_sides_troops_are_that_sides(extractor: Extractor) -> None:
    text = "Casualties among the Belarusian troops have climbed to about 2,400, the agency said."
    assert _actors(extractor, text)[2400] == "Belarus"


def test_among_a_sides_troops_without_a_loss_noun_is_no_owner(extractor: Extractor) -> None:
    # Near miss: the people killed are civilians, and "among" only says who fought.
    text = "Fighting among Belarusian troops near the border has killed 30 civilians, police said."
    assert _actors(extractor, text).get(30) is None
