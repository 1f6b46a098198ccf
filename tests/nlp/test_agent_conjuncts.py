"""A "by" agent of an earlier joined predicate is no owner of the count after it
(`bot.nlp.agent_conjuncts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actor(extractor: Extractor, text: str, value: float) -> str | None:
    return next(q for q in extractor.extract(text).quantities if q.value == value).actor


def test_the_joined_predicate_keeps_the_clause_subject(extractor: Extractor) -> None:
    text = (
        "Analysts said Iran was now supplying half of the fuel burned by Russian forces and "
        "still had about 4,000 troops in Syria."
    )
    assert _actor(extractor, text, 4000) == "Iran"


def test_an_agent_with_no_joined_predicate_still_owns(extractor: Extractor) -> None:
    text = "The city was attacked by Russian forces with 90 drones overnight."
    assert _actor(extractor, text, 90) == "Russia"
