"""Plans told by an infinitive of intent or a budget asked for (`bot.nlp.intents`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_an_infinitive_after_a_word_of_intent_is_a_plan(extractor: Extractor) -> None:
    text = "Lithuania agreed to buy 18 howitzers for 300 million euros."
    assert {q.modality for q in extractor.extract(text).quantities} == {Modality.PLANNED}


def test_an_infinitive_of_place_is_no_plan(extractor: Extractor) -> None:
    text = "Lithuania moved 1,800 soldiers to the border on Monday."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_budget_asked_for_is_not_yet_spent(extractor: Extractor) -> None:
    text = "The ministry has requested a record €8.5 billion budget."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED
