"""A source revising its own count in an ", as" clause after another's attribution claims
the new figure (`bot.nlp.as_sources`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_as_clause_subject_claims_its_revised_estimate(extractor: Extractor) -> None:
    text = (
        "Tokyo will review its defence plans, a government spokesman said on Friday, as "
        "South Korea raised its estimate of the North Korean contingent to about 12,000."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "South Korea" in q.claimant.entities


def test_an_as_clause_that_only_acts_keeps_the_attribution(extractor: Extractor) -> None:
    text = (
        "Tokyo will review its defence plans, a government spokesman said on Friday, as "
        "North Korea moved about 12,000 troops to Russia."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "a government spokesman"


def test_a_pronoun_in_the_as_clause_names_no_new_source(extractor: Extractor) -> None:
    text = (
        "Tokyo will review its defence plans, a government spokesman said on Friday, as "
        "it raised its estimate of the North Korean contingent to about 12,000."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "a government spokesman"
