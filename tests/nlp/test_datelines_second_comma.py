"""A dateline may name the city's country before the date: "GDANSK, Poland, May 30"."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_country_in_dateline_still_dates_the_story(extractor: Extractor) -> None:
    text = (
        "GDANSK, Poland, May 30 (Wire) - Dockers are angry.\n"
        "Lithuania's exit from the Ottawa Convention took effect on April 2."
    )
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.BACKGROUND


def test_recent_step_stays_news(extractor: Extractor) -> None:
    # Near miss: the step is dated days before the dateline.
    text = (
        "GDANSK, Poland, May 30 (Wire) - Dockers are angry.\n"
        "Lithuania's exit from the Ottawa Convention took effect on May 28."
    )
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.REPORTED
