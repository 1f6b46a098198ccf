"""Troops with no owner are the sender's the sentence before told of
(`bot.nlp.sender_questions`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_question_names_the_sender(extractor: Extractor) -> None:
    text = (
        "How many soldiers has Belarus sent?\nUkrainian officials say about 4,000 troops "
        "have gone to the front."
    )
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.actor) == (4000, "Belarus")


def test_no_sending_no_owner(extractor: Extractor) -> None:
    text = (
        "Belarus held a parade on Friday.\nUkrainian officials say about 4,000 troops have "
        "gone to the front."
    )
    assert extractor.extract(text).quantities[0].actor is None


def test_troops_kept_somewhere_are_no_ones_sending(extractor: Extractor) -> None:
    text = "Has Belarus sent troops?\nThe alliance keeps about 4,000 troops in Lithuania."
    assert extractor.extract(text).quantities[0].actor is None
