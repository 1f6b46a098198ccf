"""What an army can put into the field is its whole strength."""

from __future__ import annotations

from bot.nlp import Extractor


def test_what_the_armed_forces_can_field_is_the_whole_army(extractor: Extractor) -> None:
    text = "Estonia's armed forces can field about 43,000 troops in a war."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.whole_force) == (43_000, True)


def test_fielding_troops_on_a_border_is_a_deployment(extractor: Extractor) -> None:
    text = "Estonia's army fielded 1,500 troops along the border."
    (q,) = extractor.extract(text).quantities
    assert q.whole_force is False


def test_a_sentence_opening_with_the_armys_strength(extractor: Extractor) -> None:
    text = "With roughly 23,000 troops, Estonia's military is small but well trained."
    (q,) = extractor.extract(text).quantities
    assert q.whole_force is True


def test_a_fronted_count_without_the_army_is_no_strength(extractor: Extractor) -> None:
    text = "With roughly 2,300 troops, the exercise was the largest in Estonia this year."
    (q,) = extractor.extract(text).quantities
    assert q.whole_force is False


def test_a_states_wartime_mobilisation_is_its_whole_army(extractor: Extractor) -> None:
    text = (
        "Norway, whose long coast faces the Barents Sea, can mobilise about 80,000 troops "
        "in wartime, officials say."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.whole_force) == (80_000, True)


def test_a_state_mobilising_troops_for_a_drill_is_no_strength(extractor: Extractor) -> None:
    text = "Norway can mobilise about 8,000 troops for the spring exercise."
    (q,) = extractor.extract(text).quantities
    assert q.whole_force is False
