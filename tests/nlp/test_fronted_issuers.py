"""A body issuing a bulletin after a fronted time clause is whom the next "it" means."""

from __future__ import annotations

from bot.nlp import Extractor

_TEXT = (
    "Daily tallies\n\nTue 4 Mar 2025\n\n"
    "On the day the talks opened in Riyadh, Ukraine's Air Force published the bulletin it "
    "has issued every morning since October 2022. Russia, it said, had launched 140 drones "
    "overnight."
)


def test_a_bulletin_after_a_fronted_clause_speaks_for_the_next_it(
    extractor: Extractor,
) -> None:
    (q,) = extractor.extract(_TEXT).quantities
    assert q.claimant is not None and q.claimant.entities == ("Ukraine",)


def test_the_subject_before_a_report_aside_acts(extractor: Extractor) -> None:
    (q,) = extractor.extract(_TEXT).quantities
    assert (q.value, q.actor) == (140, "Russia")


def test_a_place_in_the_fronted_clause_issues_nothing(extractor: Extractor) -> None:
    text = (
        "Daily tallies\n\nTue 4 Mar 2025\n\n"
        "On the day the talks opened, crowds in Riyadh read the bulletin issued since 2022. "
        "Russia, it said, had launched 140 drones overnight."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None
