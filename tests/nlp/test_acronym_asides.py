"""A bracketed gloss between a subject and its reporting verb leaves the verb its speaker."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_verb_after_a_bracketed_acronym_keeps_its_speaker(extractor: Extractor) -> None:
    text = (
        "Ukraine's Defence Intelligence (HUR) estimates that Belarus has moved about 6,000 "
        "troops to the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Ukraine" in q.claimant.entities


def test_a_page_count_before_report_is_still_a_noun(extractor: Extractor) -> None:
    text = "A 40-page report estimates 6,000 troops are at the border."
    (q,) = extractor.extract(text).quantities
    assert q.value == 6000


def test_an_unknown_body_before_its_acronym_is_the_closing_speaker(
    extractor: Extractor,
) -> None:
    text = (
        "Chad earned about $400 million from gold exports, the Sahel Mining Observatory (SMO) "
        "estimated."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "the Sahel Mining Observatory"


def test_a_bracket_that_is_no_name_gives_no_speaker(extractor: Extractor) -> None:
    text = "Chad earned about $400 million from gold exports (final data) estimated."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or "data" not in q.claimant.name
