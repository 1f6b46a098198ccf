"""A step dated "the same month" after an old date in its sentence is history
(`bot.nlp.same_period_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _revoked(extractor: Extractor, text: str) -> Modality:
    events = [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]
    return events[-1].modality


def test_the_same_month_after_a_dated_year_is_history(extractor: Extractor) -> None:
    text = (
        "OSLO, March 3 (Agency) - Ministers met.\n"
        "Hungary withdrew from the fisheries accord in November 2021, after which Austria "
        "suspended it, and Slovakia revoked its ratification of the water treaty the same month."
    )
    assert _revoked(extractor, text) is Modality.BACKGROUND


def test_the_same_day_after_this_week_stays_news(extractor: Extractor) -> None:
    text = (
        "OSLO, March 3 (Agency) - Ministers met.\n"
        "Hungary withdrew from the fisheries accord on Monday, and Slovakia revoked its "
        "ratification of the water treaty the same day."
    )
    assert _revoked(extractor, text) is Modality.REPORTED
