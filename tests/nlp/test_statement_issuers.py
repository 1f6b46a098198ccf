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


def test_a_statement_named_before_the_subject_is_read_without_failing(
    extractor: Extractor,
) -> None:
    # The statement word comes before the fronted clause's subject, so no statement follows it.
    text = (
        "The agency ran a long commentary on Tuesday.\n"
        "In the same bulletin, KCNA attacked the spy agency, calling its count a lie.\n"
        "About 200 soldiers were wounded, officials in Seoul said."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 200
