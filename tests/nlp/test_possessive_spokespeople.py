""""..., its spokesman X said" speaks for the body opening the sentence
(`bot.nlp.possessive_spokespeople`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_its_spokesman_speaks_for_the_opening_body(extractor: Extractor) -> None:
    text = (
        "Ukraine's military intelligence agency, the HUR, now puts Belarusian troops near "
        "the border at about 9,000, its spokesman Ivan Petrenko said on Friday."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "GUR" in q.claimant.entities
    assert "Ukraine" in q.claimant.entities


def test_its_chairman_keeps_their_own_name(extractor: Extractor) -> None:
    text = (
        "Ukraine's military intelligence agency, the HUR, now puts Belarusian troops near "
        "the border at about 9,000, its chairman Ivan Petrenko said on Friday."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and "GUR" not in q.claimant.entities
