"""A people's name counted right after the text spoke of soldiers counts soldiers."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_demonym_count_after_talk_of_troops_counts_troops(extractor: Extractor) -> None:
    text = (
        "Officials said Russian troops had crossed the border overnight. "
        "Minsk says about 2,000 Russians are already in Belarus."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (2000, "troop", "Russia")


def test_a_demonym_count_without_soldiers_counts_people(extractor: Extractor) -> None:
    text = "Tourism is booming. Minsk says about 2,000 Russians are already in Belarus."
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure) == (2000, "person")
