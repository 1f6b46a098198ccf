"""A toll told through a hedge ("are believed to have been killed") counts casualties; the
same hedge before another verb counts what the noun says."""

from __future__ import annotations

from bot.nlp import Extractor


def test_believed_to_have_been_killed_is_casualty(extractor: Extractor) -> None:
    text = "About 700 Belarusian volunteers are believed to have been killed, Kyiv said."
    (q,) = extractor.extract(text).quantities
    assert q.value == 700 and q.measure == "casualty"


def test_thought_to_have_died_is_casualty(extractor: Extractor) -> None:
    text = "Some 40 migrants are thought to have died at sea, the coastguard said."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "casualty"


def test_believed_to_have_been_sent_stays_troops(extractor: Extractor) -> None:
    text = "About 700 Belarusian soldiers are believed to have been sent to the front, Kyiv said."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "troop"
