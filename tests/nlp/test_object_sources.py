"""A source told of inside another's report is not the speaker the next sentence follows
(`bot.nlp.object_sources`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_subject_not_the_object_source_speaks_on(extractor: Extractor) -> None:
    text = (
        "Japan's Ministry of Defense said it could not confirm the Chinese figure. "
        "It believed about 40 soldiers had been hurt."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 40]
    assert q.claimant is not None and "Chinese" not in q.claimant.name


def test_a_source_noun_as_subject_still_speaks_on(extractor: Extractor) -> None:
    text = "The Chinese figure was given on Monday. It said about 40 soldiers had been hurt."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 40]
    assert q.claimant is not None and "Chinese" in q.claimant.name


def test_an_as_clause_source_is_not_carried_on(extractor: Extractor) -> None:
    text = (
        "India's upper house approved the treaty on Monday, as Tokyo said Japanese troops "
        "were already in the region. All 180 members present voted for it."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 180]
    assert q.claimant is None


def test_a_main_clause_source_is_still_carried_on(extractor: Extractor) -> None:
    text = (
        "Tokyo said on Monday that Japanese troops were already in the region. "
        "All 180 members of the team had arrived by ship."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 180]
    assert q.claimant is not None and q.claimant.name == "Tokyo"
