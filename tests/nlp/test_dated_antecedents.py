"""A relative clause about an event dated weeks back tells that event's history."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_which_killed_after_a_stale_dated_event_is_background(extractor: Extractor) -> None:
    text = (
        "LIMA, Nov 20 (Wire) - The town was hit hardest by the mudslides of Aug. 3, which "
        "killed more than 900 people in the province."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_which_killed_after_this_weeks_event_stays_news(extractor: Extractor) -> None:
    text = (
        "LIMA, Nov 20 (Wire) - The town was hit hardest by the mudslides of Nov. 18, which "
        "killed more than 900 people in the province."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_that_killed_after_a_month_before_the_dateline_is_background(
    extractor: Extractor,
) -> None:
    text = (
        "QUITO, Nov 20 (Wire) - Aid is still reaching villages hit by a landslide in August "
        "that local officials say killed 140 people."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_that_killed_in_the_datelines_own_month_stays_news(extractor: Extractor) -> None:
    text = (
        "QUITO, Nov 20 (Wire) - Aid is still reaching villages hit by a landslide in November "
        "that local officials say killed 140 people."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
