""""The toll" points back at the casualties just counted (`bot.nlp.toll_references`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_toll_keeps_the_side_counted_before(extractor: Extractor) -> None:
    text = (
        "In May, Estonian intelligence put Russian casualties near Bakhmut at about 9,000. "
        "A Ukrainian commander said on Sunday that the toll had since risen to 12,000 "
        "killed and wounded."
    )
    last = extractor.extract(text).quantities[-1]
    assert last.value == 12000
    assert last.actor == "Russia"


def test_the_death_toll_keeps_the_side_counted_before(extractor: Extractor) -> None:
    text = (
        "The army said 300 Russian soldiers were killed in the assault. "
        "Officials said the death toll now stands at 450 killed."
    )
    last = extractor.extract(text).quantities[-1]
    assert last.value == 450
    assert last.actor == "Russia"


def test_the_toll_after_two_sides_stays_ownerless(extractor: Extractor) -> None:
    text = (
        "The army said 300 Russian soldiers had been killed and 120 Ukrainian soldiers had "
        "died in the assault. "
        "Officials said the death toll now stands at 450 killed."
    )
    last = extractor.extract(text).quantities[-1]
    assert last.value == 450
    assert last.actor is None
