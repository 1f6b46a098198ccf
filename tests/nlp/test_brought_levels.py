"""A bare number a count has been brought back to or past counts what was counted just before
(`bot.nlp.brought_levels`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_contingent_brought_back_above_a_level_carries_the_count(extractor: Extractor) -> None:
    text = (
        "Officials in Vilnius said Minsk had moved about 1,500 more Belarusian soldiers to the "
        "border in May, bringing the contingent back above 8,000."
    )
    later = extractor.extract(text).quantities[-1]
    assert (later.value, later.measure, later.actor, later.qualifier) == (
        8000, "troop", "Belarus", "above"
    )


def test_a_fleet_pushed_over_a_level_carries_the_count(extractor: Extractor) -> None:
    text = (
        "The navy said it had taken delivery of 4 more frigates this year, pushing its fleet "
        "over 30."
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in found] == [(4, "frigate"), (30, "frigate")]


def test_a_level_that_names_no_count_is_no_count(extractor: Extractor) -> None:
    # Near miss: prices are no count of what was told, so their level counts nothing.
    text = (
        "Officials in Vilnius said Minsk had moved about 1,500 more Belarusian soldiers to the "
        "border in May, raising prices back above 8,000."
    )
    found = extractor.extract(text).quantities
    assert [q.value for q in found] == [1500]
