"""Another source's estimate set beside the count just told (`bot.nlp.compared_sources`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_compared_sources_figure_counts_what_was_counted_last(extractor: Extractor) -> None:
    text = (
        "The ministry believes some 4,000 Belarusian soldiers are in Mali. The figure is "
        "higher than France's estimate of about 3,200 and below Germany's count of 4,500."
    )
    found = [
        (q.value, q.measure, q.actor, q.claimant.entities if q.claimant else ())
        for q in extractor.extract(text).quantities
    ]
    assert found[1:] == [
        (3200, "troop", "Belarus", ("France",)),
        (4500, "troop", "Belarus", ("Germany",)),
    ]


def test_an_estimate_told_without_a_comparison_is_left_alone(extractor: Extractor) -> None:
    text = (
        "The ministry believes some 4,000 Belarusian soldiers are in Mali. France's estimate "
        "of 3,200 was published in May."
    )
    values = [q.value for q in extractor.extract(text).quantities]
    assert 3200 not in values
