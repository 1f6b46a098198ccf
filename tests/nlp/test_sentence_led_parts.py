"""A vague part opening a sentence counts casualties of the people counted just before."""

from __future__ import annotations

from bot.nlp import Extractor


def test_thousands_of_them_opening_the_next_sentence(extractor: Extractor) -> None:
    text = (
        "North Korea has sent more than 20,000 troops and military workers to Russia since "
        "October 2024, according to estimates. Thousands of them have been killed or "
        "wounded, most during the battle for the Kursk region."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.measure == "casualty"]
    assert (q.value, q.qualifier, q.actor) == (None, "thousands", "North Korea")


def test_a_part_two_sentences_after_the_count_is_left_alone(extractor: Extractor) -> None:
    text = (
        "North Korea has sent more than 20,000 troops to Russia since October 2024. "
        "The deployment was confirmed in April. Thousands of them have been killed."
    )
    assert not [q for q in extractor.extract(text).quantities if q.measure == "casualty"]
