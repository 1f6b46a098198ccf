"""Whose figure it is (`bot.nlp.actors`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_side_helped_is_not_the_sender(extractor: Extractor) -> None:
    text = (
        "Belarus has started sending engineers to help Russia, with a first group of about "
        "600 soldiers taken to Kursk by train."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (600, "Belarus")
