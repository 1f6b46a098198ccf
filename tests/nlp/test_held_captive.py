"""People counted as held captive are people, not troops (`bot.nlp.demonym_forces`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_people_held_captive_counts_persons_in_a_war_story(extractor: Extractor) -> None:
    text = (
        "Armenia's ombudsman says about 4,000 Armenians remain in Azerbaijani captivity, "
        "and two Azerbaijani soldiers are held in Yerevan."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert q.measure == "person"


def test_a_people_sent_to_fight_still_counts_troops(extractor: Extractor) -> None:
    text = (
        "Armenia's ombudsman says about 4,000 Armenians remain at the front, "
        "and two Azerbaijani soldiers are held in Yerevan."
    )
    [q] = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert q.measure == "troop"
