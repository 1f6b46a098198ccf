"""A count of ranks joined to the rank and file counts troops."""

from __future__ import annotations

from bot.nlp import Extractor


def test_officers_and_soldiers_are_troops(extractor: Extractor) -> None:
    text = "Pyongyang awarded medals to 12 officers and soldiers who fought abroad."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "troop"


def test_officers_and_their_families_stay_officers(extractor: Extractor) -> None:
    text = "Pyongyang awarded medals to 12 officers and their families on Monday."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "officer"
