"""A treaty taking effect "as soon as" or "when" is planned."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_as_soon_as_it_takes_effect_is_planned(extractor: Extractor) -> None:
    text = "The EU will drop duties on Indonesian exports as soon as the trade deal takes effect."
    (e,) = extractor.extract(text).events
    assert e.stage is Stage.IN_FORCE
    assert e.modality is Modality.PLANNED


def test_a_deal_taking_effect_on_a_day_is_news(extractor: Extractor) -> None:
    text = "The trade deal between the EU and Indonesia takes effect on Monday."
    (e,) = extractor.extract(text).events
    assert e.modality is Modality.REPORTED
