"""A count opened by "Its" or "Their" belongs to the country the previous sentence was
about (`bot.nlp.possessive_owners`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> dict[float | None, str | None]:
    return {q.value: q.actor for q in extractor.extract(text).quantities}


def test_their_losses_belong_to_the_sender_not_the_destination(extractor: Extractor) -> None:
    text = (
        "Since March, Chad has sent about 2,000 soldiers to Niger. Their losses so far "
        "amount to about 300 killed and wounded."
    )
    assert _actors(extractor, text)[300] == "Chad"


def test_its_contingent_points_back_at_the_subject(extractor: Extractor) -> None:
    text = (
        "Eritrea has backed the government for a year. The Eritrean army's role mattered "
        "less than its money. Its contingent, roughly 4,000 troops, guards the border."
    )
    assert _actors(extractor, text)[4000] == "Eritrea"


def test_a_subject_in_a_prepositional_phrase_is_no_owner(extractor: Extractor) -> None:
    text = (
        "Officials in Kenya say the mission to Haiti is going well. Their losses so far "
        "amount to about 30 killed and wounded."
    )
    assert _actors(extractor, text)[30] is None
