"""A step told in a "since the treaty was ..." clause is history (`bot.nlp.since_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _last_step(extractor: Extractor, text: str) -> Modality:
    return extractor.extract(text).events[-1].modality


def test_a_step_counted_since_is_history(extractor: Extractor) -> None:
    text = (
        "Peru and Chile agreed a border treaty in talks. Officials said the shelling was "
        "the second violation since the treaty was signed."
    )
    assert _last_step(extractor, text) == Modality.BACKGROUND


def test_since_set_off_by_a_comma_leaves_the_step_alone(extractor: Extractor) -> None:
    text = "Since the talks began, the treaty was signed by Peru and Chile."
    assert _last_step(extractor, text) == Modality.REPORTED


def test_a_full_named_treaty_in_a_since_clause_is_history(extractor: Extractor) -> None:
    text = (
        "Three years have passed since the Treaty of Friendship and Cooperation between "
        "Laos and Vietnam was signed in Vientiane."
    )
    events = extractor.extract(text).events
    assert [e.stage for e in events] == [Stage.SIGNED]
    assert events[0].modality is Modality.BACKGROUND


def test_a_treaty_taking_effect_in_a_since_clause_is_history(extractor: Extractor) -> None:
    text = "Laos and Vietnam have held three joint drills since their treaty took effect."
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.IN_FORCE and event.modality is Modality.BACKGROUND


def test_a_treaty_taking_effect_as_news_stays_news(extractor: Extractor) -> None:
    text = "The treaty between Laos and Vietnam took effect on Monday, officials said."
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.REPORTED
