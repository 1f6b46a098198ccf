"""A bare number "the number could reach" counts the count told before
(`bot.nlp.count_reaches`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_the_number_could_reach_carries_the_count_as_a_plan(extractor: Extractor) -> None:
    text = (
        "Kyiv said 2,000 Belarusian soldiers had crossed the border and that the number "
        "could reach 6,000 by the spring."
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure, q.modality) for q in found] == [
        (2000, "troop", Modality.REPORTED), (6000, "troop", Modality.PLANNED),
    ]  # fmt: skip


def test_the_count_keeps_its_owner_past_a_place_possessive(extractor: Extractor) -> None:
    text = (
        "Tokyo says 1,500 North Korean soldiers have arrived at Russia's Pacific bases, and "
        "the total may rise to 4,000 next year."
    )
    later = extractor.extract(text).quantities[-1]
    assert (later.value, later.measure, later.actor) == (4000, "troop", "North Korea")


def test_a_cost_that_could_reach_a_number_is_no_count(extractor: Extractor) -> None:
    # Near miss: no count noun before the verb, so the number is not the troops'.
    text = "Kyiv said 2,000 volunteers had crossed the border. The bill could reach 6,000."
    found = extractor.extract(text).quantities
    assert [q.value for q in found] == [2000]


def test_a_number_that_had_reached_a_level_counts_the_troops(extractor: Extractor) -> None:
    text = (
        "Vilnius said about 3,000 Belarusian soldiers were in Mali. "
        "Paris said on Friday the number there had reached 4,500, citing its own sources."
    )
    later = extractor.extract(text).quantities[-1]
    assert (later.value, later.measure, later.actor) == (4500, "troop", "Belarus")


def test_a_figure_that_reached_a_level_in_the_past_is_no_count(extractor: Extractor) -> None:
    # Near miss: a plain past "reached", no perfect, tells of a level long gone.
    text = (
        "Vilnius said about 3,000 Belarusian soldiers were in Mali. "
        "The figure reached 4,500 in 2019."
    )
    found = extractor.extract(text).quantities
    assert [q.value for q in found] == [3000]
