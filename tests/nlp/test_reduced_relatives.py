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


def test_a_fate_past_a_relative_with_its_own_subject(extractor: Extractor) -> None:
    text = "About 400 soldiers Minsk sent to the border have been wounded."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "casualty"


def test_a_relative_with_its_own_subject_and_no_fate(extractor: Extractor) -> None:
    text = "About 400 soldiers Minsk sent to the border have been withdrawn."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "troop"


def test_the_whole_some_of_which_were_wounded_is_no_casualty(extractor: Extractor) -> None:
    text = "Minsk said some of the 400 sappers Belarus sent to the border had been wounded."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "sapper"
