"""A treaty's signing told in a descriptive clause is news when it names a day of the week."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_treaty_signed_on_a_weekday_is_news(extractor: Extractor) -> None:
    text = (
        "The treaty, signed by Finland and Sweden in Helsinki on Tuesday, sets up joint "
        "air patrols over the Baltic."
    )
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.SIGNED, Modality.REPORTED)


def test_a_treaty_signed_on_a_calendar_date_is_history(extractor: Extractor) -> None:
    text = (
        "The treaty, signed by Finland and Sweden in Helsinki on March 3, sets up joint "
        "air patrols over the Baltic."
    )
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.SIGNED, Modality.BACKGROUND)


def test_a_deal_signed_on_a_weekday_is_not_made_news(extractor: Extractor) -> None:
    text = (
        "The deal, signed by Hanwha Aerospace and Poland in Warsaw on Monday, is worth "
        "about $2.6 billion."
    )
    news = [e for e in extractor.extract(text).events if e.modality is Modality.REPORTED]
    assert not [e for e in news if e.stage is Stage.SIGNED]
