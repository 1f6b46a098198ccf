"""A future told inside a set-off relative clause plans only that clause."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_will_inside_a_which_aside_leaves_the_count_news(extractor: Extractor) -> None:
    text = (
        "The African Union force, which will guard the new border crossings, has about "
        "8,000 soldiers in the region."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_will_in_the_main_clause_still_plans(extractor: Extractor) -> None:
    text = (
        "The African Union force, which guards the border crossings, will send about "
        "8,000 soldiers to the region."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED
