"""A bare number an estimate "of <noun>" is set at counts that noun
(`bot.nlp.estimated_nouns`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_lowered_estimate_of_troops_counts_the_troops(extractor: Extractor) -> None:
    text = (
        "The ministry lowered its estimate of Belarusian combat troops stationed in Russia "
        "to about 7,000, officials said."
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure, q.qualifier, q.actor) for q in found] == [
        (7000, "troop", "about", "Belarus"),
    ]  # fmt: skip


def test_a_count_of_the_soldiers_set_at_a_number(extractor: Extractor) -> None:
    text = "Kyiv now puts its count of the soldiers sent across the border at 4,500."
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in found] == [(4500, "troop")]


def test_an_estimate_of_money_or_a_clause_boundary_is_left_alone(extractor: Extractor) -> None:
    # Near misses: the estimate counts no people, or a new clause sets the number.
    text = "The agency raised its estimate of the repair bill to 9,000."
    assert [q.measure for q in extractor.extract(text).quantities] != ["troop"]
    text = "It gave an estimate of soldiers lost, and the price rose to 9,000."
    assert all(q.measure != "troop" for q in extractor.extract(text).quantities)
