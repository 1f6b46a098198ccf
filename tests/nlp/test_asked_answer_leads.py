"""A "how many" answer whose number follows a short lead-in of plain words."""

from __future__ import annotations

from bot.nlp import Extractor


def test_an_assessment_lead_in_before_the_answer(extractor: Extractor) -> None:
    text = (
        'Asked how many Chadian soldiers were in Libya, the spokesman said: "Our estimate '
        'is roughly 4,000, and it has not changed."'
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert (q.measure, q.actor) == ("troop", "Chad")


def test_a_lead_in_with_a_figure_of_its_own_is_left_alone(extractor: Extractor) -> None:
    text = (
        'Asked how many Chadian soldiers were in Libya, the spokesman said: "In 12 camps, '
        'roughly 4,000."'
    )
    facts = extractor.extract(text)
    assert all(q.measure != "troop" for q in facts.quantities if q.value == 4000)
