"""A state's intelligence estimate that ... is that state's claim (`bot.nlp.claims`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_demonyms_intelligence_assessment_claims_its_figure(extractor: Extractor) -> None:
    text = (
        "Asked about an American intelligence assessment that some 4,000 Iranian advisers "
        "serve in Syria, the ministry spokesman said he would not comment on rumours."
    )
    q = extractor.extract(text).quantities[0]
    assert q.value == 4000 and q.claimant is not None
    assert "United States" in q.claimant.entities


def test_an_intelligence_officer_is_no_source_noun(extractor: Extractor) -> None:
    # Near miss: "intelligence" before a person, not before an estimate noun.
    text = (
        "An American intelligence officer visited Damascus, where some 4,000 Iranian "
        "advisers serve, a ministry spokesman said."
    )
    q = extractor.extract(text).quantities[0]
    assert q.value == 4000 and q.claimant is not None
    assert "United States" not in q.claimant.entities


def test_an_intelligence_estimate_dismissed_is_the_dismissers_denial(
    extractor: Extractor,
) -> None:
    # Near miss: the estimate is the object of a denial, so the denier speaks.
    text = (
        "Tehran on Monday rejected as \"lies\" an American intelligence assessment that some "
        "4,000 Iranian advisers serve in Syria."
    )
    q = extractor.extract(text).quantities[0]
    assert q.value == 4000 and q.claimant is not None
    assert q.claimant.denied and "Iran" in q.claimant.entities
