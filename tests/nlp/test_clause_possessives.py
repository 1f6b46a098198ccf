"""A clause-opening "its losses" in the same sentence belongs to the sentence's subject
(`bot.nlp.clause_possessives`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> dict[float | None, str | None]:
    return {q.value: q.actor for q in extractor.extract(text).quantities}


def test_its_losses_after_while_belong_to_the_subject(extractor: Extractor) -> None:
    text = (
        "Chad is preparing a fresh battalion of about 900 soldiers for Niger, while its "
        "casualties there have climbed to more than 2,000 killed and wounded, officials said."
    )
    assert _actors(extractor, text)[2000] == "Chad"


def test_their_dead_after_and_belong_to_the_subject(extractor: Extractor) -> None:
    text = (
        "Eritrea has moved 4,000 troops to the border, and their losses have passed 350 "
        "killed and wounded."
    )
    assert _actors(extractor, text)[350] == "Eritrea"


def test_two_plain_subjects_leave_the_possessive_unresolved(extractor: Extractor) -> None:
    text = (
        "Chad and Niger have each sent troops to the region, while their losses have passed "
        "1,500 killed and wounded."
    )
    assert _actors(extractor, text)[1500] is None


def test_a_subject_named_by_a_demonym_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Chadian officers are training new recruits in the north, while its losses have "
        "passed 700 killed and wounded."
    )
    assert _actors(extractor, text)[700] is None
