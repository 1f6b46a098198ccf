"""Whoever opens a sentence by issuing a statement is the next sentence's "she"."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_issuer_of_a_statement_is_the_next_pronoun(extractor: Extractor) -> None:
    text = (
        "PYONGYANG, May 3 (Agency) -- Choe Son Hui, the foreign minister of the country, "
        "on Friday issued a statement about the border.\n"
        "In the statement, she said that about 40 soldiers had been wounded."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Choe Son Hui" in q.claimant.entities


def test_a_name_without_a_statement_sets_no_speaker(extractor: Extractor) -> None:
    text = (
        "Choe Son Hui, the foreign minister of the country, on Friday visited the border.\n"
        "In a later briefing, she said that about 40 soldiers had been wounded."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None
