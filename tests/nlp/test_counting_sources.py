""""<organisation> counts N ...": the counting organisation is the source, and its tally of
another side's troops is no army's size."""

from __future__ import annotations

from bot.nlp import Extractor


def test_an_agency_that_counts_troops_is_their_source(extractor: Extractor) -> None:
    text = "Seoul's Joint Chiefs of Staff counts about 6,000 Chinese troops sent to the island."
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "Joint Chiefs" in q.claimant.name
    assert not q.whole_force


def test_a_country_that_counts_soldiers_owns_its_army(extractor: Extractor) -> None:
    q = extractor.extract("Poland counts 200,000 soldiers.").quantities[-1]
    assert q.whole_force
    assert q.claimant is None


def test_an_alliance_counting_plain_troops_keeps_the_whole_force(extractor: Extractor) -> None:
    q = extractor.extract("NATO counts 3,500,000 troops.").quantities[-1]
    assert q.whole_force
