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


def test_a_states_strength_gone_abroad_names_the_sender(extractor: Extractor) -> None:
    text = (
        "Only a small part of Belarus's army has gone to the front. Ukrainian officials say "
        "about 4,000 troops were sent in May and some 1,500 reinforcements followed in June."
    )
    quantities = extractor.extract(text).quantities
    assert {q.value: q.actor for q in quantities} == {4000: "Belarus", 1500: "Belarus"}


def test_a_states_strength_kept_at_home_names_no_sender(extractor: Extractor) -> None:
    text = (
        "Most of Belarus's army has stayed at home. Ukrainian officials say about 4,000 troops "
        "were sent in May."
    )
    assert extractor.extract(text).quantities[0].actor is None
