"""A person named after a lower-case description and a title claims what they relay
(`bot.nlp.described_titles`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_described_mp_who_relays_a_briefing_claims_it(extractor: Extractor) -> None:
    text = (
        "About 700 soldiers were wounded last month, the spy agency told a closed session, "
        "according to main opposition MP Kim Tae-ho."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name.endswith("Kim Tae-ho")


def test_an_unnamed_lawmaker_leaves_the_claim_with_the_agency(extractor: Extractor) -> None:
    text = (
        "About 700 soldiers were wounded last month, the spy agency told a closed session, "
        "according to a lawmaker who attended the closed session."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "Kim" not in q.claimant.name
    assert q.claimant.name != "a lawmaker who attended the closed session"
