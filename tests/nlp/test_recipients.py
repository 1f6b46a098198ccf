"""The recipient of "sent <state> N things" is not the actor."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_recipient_of_sent_is_no_actor(extractor: Extractor) -> None:
    text = "Iran has sent Russia more than 300 containers of ammunition, officials said."
    [q] = [q for q in extractor.extract(text).quantities if q.value == 300]
    assert q.actor == "Iran"
