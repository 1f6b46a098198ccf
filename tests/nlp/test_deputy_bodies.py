"""A vote of "the deputies" is their chamber's (`bot.nlp.deputy_bodies`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_deputies_of_a_lower_house_approve(extractor: Extractor) -> None:
    text = (
        "The State Duma on Tuesday debated the budget for the coming year. "
        "Later the same day, the deputies also ratified an agreement between Russia and "
        "Laos on military cooperation."
    )
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.APPROVED
    assert event.body == "State Duma"


def test_deputies_of_a_single_chamber_ratify(extractor: Extractor) -> None:
    text = (
        "The Verkhovna Rada on Tuesday debated the budget for the coming year. "
        "Later the same day, the deputies also ratified an agreement between Ukraine and "
        "Latvia on military cooperation."
    )
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.RATIFIED


def test_a_ratification_without_deputies_is_left_alone(extractor: Extractor) -> None:
    text = (
        "The State Duma on Tuesday debated the budget for the coming year. "
        "Later the same day, Laos ratified an agreement between Russia and Laos on military "
        "cooperation."
    )
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.RATIFIED
