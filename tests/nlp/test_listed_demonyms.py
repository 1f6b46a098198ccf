"""A country adjective on a list's first count of equipment owns the list's later counts."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_adjective_carries_over_the_list(extractor: Extractor) -> None:
    text = (
        "The army says it has knocked out 310 Russian tanks, 95 artillery systems "
        "and 240 drones in the region."
    )
    actors = {q.measure: q.actor for q in extractor.extract(text).quantities}
    assert actors["tank"] == "Russia"
    assert actors["system"] == "Russia"
    assert actors["drone"] == "Russia"


def test_an_item_after_a_break_keeps_no_owner(extractor: Extractor) -> None:
    text = (
        "The army says it has knocked out 310 Russian tanks in the region, "
        "while volunteers have bought 240 drones."
    )
    actors = {q.measure: q.actor for q in extractor.extract(text).quantities}
    assert actors["tank"] == "Russia"
    assert actors["drone"] != "Russia"
