"""A sentence opened by "Of the ..." counts the force just told (`bot.nlp.fronted_partitives`)."""

from __future__ import annotations

from bot.nlp import Extractor

_BEFORE = (
    "Belarus is believed to have sent about 3,000 additional troops to Russia in the spring, "
    "the security service said on Tuesday.\n"
)


def test_of_the_contingent_takes_the_side_counted_before(extractor: Extractor) -> None:
    text = _BEFORE + (
        "Of the initial contingent of some 7,000, about 900 have been killed or wounded "
        "fighting in Russia's Belgorod region, according to the service's report to lawmakers."
    )
    found = {q.value: q.actor for q in extractor.extract(text).quantities}
    assert found[7000] == "Belarus"
    assert found[900] == "Belarus"


def test_of_the_after_two_sides_stays_ownerless(extractor: Extractor) -> None:
    text = (
        "Belarus is believed to have sent about 3,000 troops to Russia and Iran about 400 "
        "troops, the security service said on Tuesday.\n"
        "Of the initial contingent of some 7,000, about 900 have been killed or wounded "
        "fighting in Russia's Belgorod region, according to the service's report to lawmakers."
    )
    found = {q.value: q.actor for q in extractor.extract(text).quantities}
    assert found[900] is None


def test_of_the_weapons_counts_no_people(extractor: Extractor) -> None:
    text = _BEFORE + (
        "Of the 40 armoured vehicles, 12 have been destroyed in Russia's Belgorod region, "
        "according to the service's report to lawmakers."
    )
    found = {q.value: q.actor for q in extractor.extract(text).quantities}
    assert found[12] is None
