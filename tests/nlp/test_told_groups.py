"""A bare number counts the people the sentence before named without a number
(`bot.nlp.told_groups`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_the_dead_of_them_belong_to_the_group_named_before(extractor: Extractor) -> None:
    text = (
        "Belarusian troops were moved to the border region in the spring. "
        "Officials estimate that about 900 of them have been killed or wounded."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.qualifier, q.actor) == (900, "casualty", "about", "Belarus")


def test_a_bare_count_that_arrived_counts_the_troops_named_before(
    extractor: Extractor,
) -> None:
    text = (
        "Diplomats said Belarusian soldiers were massing near the frontier. "
        "The ministry says some 4,000 have already arrived and that 6,000 will have been "
        "sent by March."
    )
    arrived, sent = extractor.extract(text).quantities
    assert (arrived.value, arrived.measure, arrived.actor) == (4000, "troop", "Belarus")
    assert arrived.modality is Modality.REPORTED
    assert (sent.value, sent.measure, sent.modality) == (6000, "troop", Modality.PLANNED)


def test_people_who_are_no_soldiers_make_no_troop_count(extractor: Extractor) -> None:
    text = (
        "Tourists crowded the beaches of the island all week. "
        "The agency says about 4,000 have already arrived."
    )
    assert extractor.extract(text).quantities == ()


def test_a_bare_count_that_remains_counts_the_troops_named_before(
    extractor: Extractor,
) -> None:
    text = (
        "The exercise came weeks after the dispatch of North Korean troops to the Belgorod "
        "region, where the agency says some 3,000 remain."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (3000, "troop", "North Korea")


def test_a_bare_count_that_remains_missing_counts_the_lost(extractor: Extractor) -> None:
    # Near miss: "remain missing" counts the lost, not the troops still there.
    text = (
        "The exercise came weeks after the dispatch of North Korean troops to the Belgorod "
        "region, where the agency says some 3,000 remain missing."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure) == (3000, "casualty")
