""" "X have claimed that N ... This is nothing but a sheer fabrication.": the text's voice
denies the figures it just told as another's claim."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_following_verdict_makes_the_told_claim_the_voices_denial(
    extractor: Extractor,
) -> None:
    text = (
        "A spokesman for the Belarusian Foreign Ministry issued a statement on Friday. "
        "Recently, the Polish authorities have claimed that Minsk moved 4,000 soldiers to the "
        "border. This is nothing but a sheer fabrication meant to smear Belarus."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.denied


def test_a_following_remark_that_is_no_verdict_keeps_the_claim(extractor: Extractor) -> None:
    text = (
        "A spokesman for the Belarusian Foreign Ministry issued a statement on Friday. "
        "Recently, the Polish authorities have claimed that Minsk moved 4,000 soldiers to the "
        "border. This is nothing but a routine rotation planned long ago."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and not q.claimant.denied
    assert "Polish" in q.claimant.name
