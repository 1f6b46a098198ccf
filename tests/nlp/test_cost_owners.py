"""Losses told as the price of an act are the losses of whoever did it."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_cost_of_a_capture_is_the_attackers(extractor: Extractor) -> None:
    text = (
        "She said Russian troops had occupied barely 2% of Ukraine's land since spring at a "
        "cost of some 9,000 casualties."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 9000]
    assert q.actor == "Russia"


def test_a_cost_with_no_country_subject_names_no_owner(extractor: Extractor) -> None:
    text = "At a cost of 500 casualties, the town fell."
    (q,) = extractor.extract(text).quantities
    assert q.actor is None
