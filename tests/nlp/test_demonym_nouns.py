"""A reporting word after a people's adjective is a noun, not a claim of that people."""

from __future__ import annotations

from bot.nlp import Extractor


def test_dismissing_a_peoples_claims_is_the_dismissers_denial(extractor: Extractor) -> None:
    text = (
        'Zakharova on Friday rejected as "a pile of lies" Ukrainian claims that 2,000 '
        "Belarusian volunteers were fighting for Russia."
    )
    q = extractor.extract(text).quantities[0]
    assert q.claimant is not None and q.claimant.denied
    assert "Zakharova" in q.claimant.name
