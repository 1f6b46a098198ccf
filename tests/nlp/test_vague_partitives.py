"""A vague part of a counted whole counts the whole's noun (`bot.nlp.vague_partitives`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_several_hundred_of_a_whole_is_a_vague_count(extractor: Extractor) -> None:
    text = "Minsk said several hundred of the 6,000 Belarusian conscripts had been wounded."
    found = {(q.value, q.measure, q.qualifier) for q in extractor.extract(text).quantities}
    assert found == {(None, "casualty", "several hundred"), (6000, "troop", None)}


def test_hundreds_of_a_qualified_whole_keep_the_whole(extractor: Extractor) -> None:
    text = "Minsk said hundreds of the roughly 6,000 Belarusian soldiers had been wounded."
    found = {(q.value, q.measure, q.qualifier) for q in extractor.extract(text).quantities}
    assert found == {(None, "casualty", "hundreds"), (6000, "troop", "roughly")}


def test_hundreds_of_a_noun_are_read_as_before(extractor: Extractor) -> None:
    text = "Minsk said hundreds of Belarusian soldiers had been flown home."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.qualifier) == (None, "troop", "hundreds")


def test_vague_part_of_those_counts_the_noun(extractor: Extractor) -> None:
    text = "Hundreds of those fighters had been killed by the spring, the officer said."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.qualifier) == (None, "casualty", "hundreds")


def test_vague_part_of_those_who_is_no_figure(extractor: Extractor) -> None:
    text = "Hundreds of those who left in the spring have come back, the officer said."
    assert not extractor.extract(text).quantities
