"""A verb of condemnation branding an owner's claim untrue denies the claim's figure
(`bot.nlp.owned_claims`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_owners_claim_called_a_lie_is_denied(extractor: Extractor) -> None:
    text = (
        "Minsk called Vilnius's claim that Belarus had moved about 4,000 soldiers to the "
        'border "a shameless lie".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_plural_owners_claim_called_a_lie_is_denied(extractor: Extractor) -> None:
    text = (
        "Minsk called the neighbours' claim that Belarus had moved about 4,000 soldiers to the "
        'border "a shameless lie".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_owners_claim_called_old_news_is_not_denied(extractor: Extractor) -> None:
    text = (
        "Minsk called Vilnius's claim that Belarus had moved about 4,000 soldiers to the "
        'border "old news".'
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None or not q.claimant.denied
