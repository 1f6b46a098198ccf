"""A treaty in scare quotes with no state among its parties is no treaty step."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_a_quoted_peace_treaty_between_neighbours_is_no_step(extractor: Extractor) -> None:
    text = (
        'After a month of rows over the hedge, the two families signed a "peace treaty" '
        "over tea and ratified it with a handshake."
    )
    assert not extractor.extract(text).events


def test_curly_quotes_mark_the_figure_of_speech_too(extractor: Extractor) -> None:
    text = "The rival chess clubs signed a “non-aggression pact” at the village fete."
    assert not extractor.extract(text).events


def test_a_quoted_treaty_between_states_stays_a_step(extractor: Extractor) -> None:
    text = 'Armenia and Azerbaijan signed a "peace treaty" in Washington on Friday.'
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.SIGNED and set(event.parties) == {"Armenia", "Azerbaijan"}
