"""People a disaster leaves dead, missing or injured are casualties."""

from __future__ import annotations

from bot.nlp import Extractor


def test_left_people_missing_counts_casualties(extractor: Extractor) -> None:
    text = "The flood swept away 30 cars and left 11 villagers missing."
    measures = {q.value: q.measure for q in extractor.extract(text).quantities}
    assert measures[11] == "casualty"
    assert measures[30] != "casualty"


def test_left_homes_without_power_is_no_casualty(extractor: Extractor) -> None:
    text = "The storm left 9,000 households without power."
    (q,) = extractor.extract(text).quantities
    assert q.measure != "casualty"
