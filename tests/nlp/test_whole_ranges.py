"""The whole a part is counted out of, given as a range."""

from __future__ import annotations

from bot.nlp import Extractor


def test_out_of_the_range_counts_the_parts_noun(extractor: Extractor) -> None:
    text = (
        "About 3,000 Belarusian soldiers have reached the border, out of the 5,000 to 6,000 "
        "that Vilnius believes are on exercise."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.value_max, q.measure, q.qualifier) == (5000, 6000, "troop", "range")


def test_out_of_the_single_whole(extractor: Extractor) -> None:
    text = "About 3,000 Belarusian soldiers have reached the border, out of the 5,000 deployed."
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.value_max, q.measure) == (5000, None, "troop")


def test_out_of_a_total_counts_the_soldiers_not_the_dead(extractor: Extractor) -> None:
    text = (
        "Analysts in Vilnius said about 400 Belarusian soldiers have died in Mali, "
        "out of a total of some 6,000 deployed."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (6000, "troop", "Belarus")


def test_out_of_a_total_of_the_dead_stays_a_toll(extractor: Extractor) -> None:
    # Near miss: the whole named with its own noun of the dead keeps that noun.
    text = (
        "About 400 Belarusian soldiers were wounded, out of a total of 900 casualties "
        "this year."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure) == (900, "casualty")
