"""A bare number said to be in a place counts the soldiers just named
(`bot.nlp.present_counts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_number_in_a_place_counts_the_soldiers_named_before(extractor: Extractor) -> None:
    text = (
        "The committee passed the bill with all 212 members present. Diplomats in Nairobi "
        "worry about the presence of Eritrean troops in Sudan. Kenyan intelligence believes "
        "that roughly 4,500 are in Darfur."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor, q.qualifier) == (4500, "troop", "Eritrea", "roughly")


def test_a_later_source_restates_the_placed_count(extractor: Extractor) -> None:
    text = (
        "Officials say Eritrean soldiers have crossed into Sudan. Kenya estimates that some "
        "4,000 are in Darfur; Ethiopia puts the number at about 5,000."
    )
    values = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert values == [(4000, "troop"), (5000, "troop")]


def test_no_soldiers_named_leaves_the_number_to_other_readers(extractor: Extractor) -> None:
    text = (
        "The committee passed the bill with all 212 members present. Officials said that "
        "about 4,500 are in temporary shelters."
    )
    assert [q.measure for q in extractor.extract(text).quantities if q.value == 4500] != [
        "troop"
    ]


def test_a_number_with_its_own_noun_is_unchanged(extractor: Extractor) -> None:
    text = (
        "Diplomats worry about Eritrean troops in Sudan. Officials said that 300 refugees "
        "are in Darfur camps."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure) == (300, "refugee")
