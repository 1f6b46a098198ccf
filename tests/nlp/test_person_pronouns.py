""" "he"/"she" relaying a body's belief is the person named before, not the body."""

from __future__ import annotations

from bot.nlp import Extractor


def test_he_added_after_an_agency_is_the_named_lawmaker(extractor: Extractor) -> None:
    text = (
        "About 400 Belarusian soldiers have been wounded, Rep. Park Ji-won said on Friday. "
        "The NIS believes Belarus has sent around 6,000 troops to the front, he added."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 6000
    assert q.claimant is not None and q.claimant.name == "Rep. Park Ji-won"
