""" "by the count of X" names a box line's source (`bot.nlp.count_of_sources`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_count_of_names_the_source(extractor: Extractor) -> None:
    text = (
        "THE WAR IN FIGURES\n"
        "800,000 - Russian soldiers killed or wounded since 2022, by the count of the "
        "General Staff of Ukraine, which updates it daily.\n"
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 800000]
    assert q.claimant is not None and "Ukraine" in q.claimant.entities


def test_estimate_of_replaces_a_speaker_carried_from_the_line_before(
    extractor: Extractor,
) -> None:
    text = (
        "THE WAR IN FIGURES\n"
        "2,000 - builders Pyongyang will send, Sergei Shoigu said last week.\n"
        "Up to 5 million - shells North Korea may have shipped, by the estimate of the NIS.\n"
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 5_000_000]
    assert q.claimant is not None and "NIS" in q.claimant.entities


def test_count_of_an_unnamed_group_changes_nothing(extractor: Extractor) -> None:
    # Near miss: "most analysts" is no named source.
    text = "About 600,000 Russian troops are in Ukraine, by the count of most analysts."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None
