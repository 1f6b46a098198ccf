"""A troop count with no owner of its own belongs to the state the sentence has sending
troops (`bot.nlp.senders`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_new_soldiers_after_a_sender_are_the_sender_troops(extractor: Extractor) -> None:
    text = (
        "Analysts warn that Iran could send more advisers, and officials said that about "
        "400 new soldiers had landed."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Iran"


def test_two_different_senders_name_no_owner(extractor: Extractor) -> None:
    text = (
        "Iran could send advisers and Syria could deploy guards, and officials said that "
        "about 400 new soldiers had landed."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor is None
