"""A place losing residents over years is shrinking, not counting casualties."""

from __future__ import annotations

from bot.nlp import Extractor


def test_town_losing_residents_since_a_year(extractor: Extractor) -> None:
    text = "The port town has lost 12,000 residents since 2010."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.category) == (12000, "resident")


def test_region_losing_people_as_they_leave(extractor: Extractor) -> None:
    text = "The region lost 3,000 residents last year as families left for the coast."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.category) == (3000, "resident")


def test_village_losing_residents_in_a_strike_stays_casualties(extractor: Extractor) -> None:
    text = "The village lost 40 residents in Sunday's missile strike."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.category) == (40, "casualty")
