"""A part of "the soldiers" counted just before is that count's side
(`bot.nlp.definite_parts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_part_of_the_soldiers_counted_before_is_their_side(extractor: Extractor) -> None:
    text = (
        "Minsk has sent some 3,000 troops to the front, along with hundreds of engineers, "
        "Western officials say. About 400 of the soldiers have been killed, Vilnius says."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (400, "casualty", "Belarus")


def test_with_two_sides_counted_the_soldiers_stay_unowned(extractor: Extractor) -> None:
    text = (
        "Minsk has sent some 3,000 troops and Tehran about 2,000 troops to the front. "
        "About 400 of the soldiers have been killed, officials say."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (400, "casualty", None)
