"""A size told after the verb of a group a demonym names is that country's."""

from __future__ import annotations

from bot.nlp import Extractor


def test_contingent_numbers_a_size(extractor: Extractor) -> None:
    text = "Officials said the Belarusian contingent near Brest now numbers about 4,500 soldiers."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Belarus"


def test_put_the_contingent_at_a_range(extractor: Extractor) -> None:
    text = (
        "Lithuanian intelligence puts the Belarusian contingent in Russia at 2,000 to 3,000 "
        "troops."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.value_max, q.actor) == (2000, 3000, "Belarus")


def test_a_size_past_a_clause_break_is_left_alone(extractor: Extractor) -> None:
    text = "The Belarusian contingent left Brest at dawn, and 300 troops stayed behind."
    (q,) = extractor.extract(text).quantities
    assert q.actor is None


def test_forces_numbering_a_size_past_a_modifier(extractor: Extractor) -> None:
    text = (
        "The deployment of the Belarusian border forces along the frontier and in the "
        "woods now numbers about 9,000 servicemen."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (9000, "Belarus")


def test_forces_at_a_place_are_left_alone(extractor: Extractor) -> None:
    text = "Belarusian forces fired at positions where 500 troops were massing."
    (q,) = extractor.extract(text).quantities
    assert q.actor is None


def test_a_size_set_off_by_estimated_at(extractor: Extractor) -> None:
    text = (
        "The Belarusian contingent near the Polish border, estimated at roughly 4,000 "
        "personnel, has been reinforced."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (4000, "Belarus")


def test_a_set_off_aside_without_a_size_participle_is_left_alone(extractor: Extractor) -> None:
    text = "The Belarusian contingent left the border, and at dawn 300 troops arrived."
    (q,) = extractor.extract(text).quantities
    assert q.actor is None


def test_a_presence_put_at_a_size(extractor: Extractor) -> None:
    text = "Kyiv puts the Belarusian presence in Russia at about 2,500 servicemen."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Belarus"


def test_a_presence_past_a_clause_break_is_left_alone(extractor: Extractor) -> None:
    text = "The Belarusian presence worries Kyiv, which counted 300 troops at the border."
    (q,) = extractor.extract(text).quantities
    assert q.actor != "Belarus"
