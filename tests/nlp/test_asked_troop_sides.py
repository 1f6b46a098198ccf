"""A sideless "How many troops ...?" in an explainer asks about the army it has counted."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> set[tuple[float | None, str, str | None]]:
    return {(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities}


def test_the_answer_counts_the_army_counted_before(extractor: Extractor) -> None:
    text = (
        "What did the ministry say?\n"
        "About 1,200 Belarusian soldiers have been wounded on exercises since May, it said.\n"
        "What else?\n"
        "The drills will go on. Officers were pleased. Winter is coming.\n"
        "How many troops remain near the border?\n"
        "About 7,000, the ministry said.\n"
    )
    assert (7000, "troop", "Belarus") in _actors(extractor, text)


def test_two_armies_counted_leave_the_question_open(extractor: Extractor) -> None:
    # near miss: both sides' people were counted, so the troops asked about are no one's
    text = (
        "What did the ministry say?\n"
        "About 1,200 Belarusian soldiers and 300 Polish soldiers were hurt in drills.\n"
        "How many troops remain near the border?\n"
        "About 7,000, the ministry said.\n"
    )
    assert (7000, "troop", "Belarus") not in _actors(extractor, text)
