"""An army's strength stated with "is" is the whole force's size."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_stated_strength_is_the_whole_army(extractor: Extractor) -> None:
    text = "Norway's peacetime strength is about 25,000 troops."
    troops = [q for q in extractor.extract(text).quantities if q.category == "troop"]
    assert [q.whole_force for q in troops] == [True]


def test_a_contingents_strength_is_no_whole_army(extractor: Extractor) -> None:
    text = "The Norwegian contingent's strength is 800 troops."
    troops = [q for q in extractor.extract(text).quantities if q.category == "troop"]
    assert troops and not any(q.whole_force for q in troops)
