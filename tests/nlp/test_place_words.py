"""A compass word between a place preposition and a name leaves the name a place."""

from __future__ import annotations

from bot.nlp import Extractor


def test_attack_on_western_country_keeps_the_attacker(extractor: Extractor) -> None:
    text = (
        "The air force said jets were scrambled after Iran launched a wide attack on "
        "northern Israel involving more than 90 drones."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Iran"


def test_strike_on_the_southern_coast_keeps_the_attacker(extractor: Extractor) -> None:
    text = "Officials said Iran fired a barrage at the southern Israel coast with 60 rockets."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Iran"


def test_a_compass_word_alone_is_no_place(extractor: Extractor) -> None:
    # Near miss: the subject itself stands first, with no preposition before it.
    text = "Officials said Iran launched more than 90 drones overnight."
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Iran"
