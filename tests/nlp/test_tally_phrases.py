"""A name inside "by our tally of ..." is a source, not an owner (`bot.nlp.tally_phrases`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_name_in_a_reckoning_is_not_whose_dead(extractor: Extractor) -> None:
    text = (
        "Since March, Syria has sent some 9,000 fighters to Libya, by our count of UN reports,"
        " and about 1,500 have been killed or wounded."
    )
    [toll] = [q for q in extractor.extract(text).quantities if q.value == 1500]
    assert (toll.category, toll.actor) == ("casualty", "Syria")


def test_a_name_outside_the_reckoning_still_owns(extractor: Extractor) -> None:
    text = "By one estimate, about 1,500 Libyan fighters have been killed or wounded."
    [toll] = [q for q in extractor.extract(text).quantities if q.value == 1500]
    assert toll.actor == "Libya"
