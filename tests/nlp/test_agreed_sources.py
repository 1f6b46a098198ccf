"""Sources that agree that a figure holds (`bot.nlp.agreed_sources`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_capitals_that_agree_are_the_sources(extractor: Extractor) -> None:
    text = "Berlin and Paris now agree that about 4,000 Belarusian soldiers are in Russia."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None
    assert (q.value, q.actor, set(q.claimant.entities)) == (
        4000, "Belarus", {"Germany", "France"}
    )


def test_agreeing_to_act_is_no_claim(extractor: Extractor) -> None:
    text = "Berlin and Paris agreed to send 4,000 soldiers to Lithuania."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.claimant) == (4000, None)
