"""A speaker set off by an appositive and followed by a when or where: "X, a senior
official, in a statement on Tuesday dismissed ..."."""

from __future__ import annotations

from bot.nlp import Extractor


def test_speaker_before_appositive_and_adjunct(extractor: Extractor) -> None:
    text = (
        "Maria Zakharova, the foreign ministry's spokeswoman, in a briefing on Thursday "
        "dismissed as a fabrication the claim that 2,000 soldiers had been killed."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "Maria Zakharova"
    assert q.claimant.denied


def test_speaker_before_a_bare_adjunct(extractor: Extractor) -> None:
    text = "Kim Yo Jong, a senior party official, on Tuesday said 3,000 troops had left."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "Kim Yo Jong"


def test_as_opens_a_clause_of_its_own(extractor: Extractor) -> None:
    text = (
        "The Duma on Thursday approved the treaty, with 397 votes in favour, as Washington "
        "said 3,000 North Korean troops were in Russia."
    )
    troops = [q for q in extractor.extract(text).quantities if q.category == "troop"]
    assert troops and all(q.claimant is None or "Duma" not in q.claimant.name for q in troops)
