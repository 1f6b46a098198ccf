""""The military" points back at the military command named before
(`bot.nlp.descriptions`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_according_to_the_military_after_a_general_staff(extractor: Extractor) -> None:
    text = (
        "About 300 Chinese soldiers landed on the island, Japan's Joint Staff said on "
        "Tuesday. China has sent about 2,000 troops to the region, according to the military."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 2000]
    assert q.claimant is not None and "Joint Staff" in q.claimant.name


def test_the_military_after_a_ministry_is_not_the_ministry(extractor: Extractor) -> None:
    text = (
        "About 300 Chinese soldiers landed on the island, Japan's Foreign Ministry said on "
        "Tuesday. China has sent about 2,000 troops to the region, according to the military."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 2000]
    assert q.claimant is None or "Ministry" not in q.claimant.name
