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


def test_he_after_according_to_a_record_is_the_person_named_before(
    extractor: Extractor,
) -> None:
    text = (
        "In Chisinau, President Maia Sandu put the toll far higher. \"According to early data, "
        'more than 2,000 Belarusian soldiers have been wounded," she wrote on X.'
    )
    q = extractor.extract(text).quantities[-1]
    assert q.value == 2000
    assert q.claimant is not None and "Maia Sandu" in q.claimant.name


def test_he_after_according_to_a_named_source_stays_that_source(extractor: Extractor) -> None:
    text = (
        "Rep. Park Ji-won spoke on Friday. \"According to Anna Kovacs, more than 2,000 "
        'Belarusian soldiers have been wounded," she wrote.'
    )
    q = extractor.extract(text).quantities[-1]
    assert q.claimant is not None and "Park" not in q.claimant.name
