"""A two-word time adverb between a counted noun and its copula (`bot.nlp.predicates`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_so_far_between_noun_and_copula(extractor: Extractor) -> None:
    text = "Officials said Russian casualties so far stood at about 7,500 in the region."
    values = [(q.value, q.category) for q in extractor.extract(text).quantities]
    assert (7500, "casualty") in values


def test_to_date_between_noun_and_copula(extractor: Extractor) -> None:
    text = "Ukrainian losses to date were 2,300, the report said."
    values = [(q.value, q.category) for q in extractor.extract(text).quantities]
    assert (2300, "casualty") in values


def test_a_price_after_so_far_is_no_count_of_people(extractor: Extractor) -> None:
    text = "Fuel prices so far stood at about 4,000 per tonne."
    assert not [q for q in extractor.extract(text).quantities if q.category == "casualty"]
