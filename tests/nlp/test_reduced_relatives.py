"""A fate told past a participle phrase describing the counted people is a casualty count."""

from __future__ import annotations

from bot.nlp import Extractor


def test_soldiers_sent_abroad_who_were_killed_are_casualties(extractor: Extractor) -> None:
    text = "At least 300 Belarusian conscripts sent to the front have been killed, Minsk said."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "casualty"


def test_soldiers_sent_abroad_are_still_troops(extractor: Extractor) -> None:
    text = "About 3,000 Belarusian soldiers deployed to the border are training there."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "troop"
