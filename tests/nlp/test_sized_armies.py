"""An army sized by a bare preposition ("an army now above N") is the whole force's size."""

from __future__ import annotations

from bot.nlp import Extractor


def test_an_army_now_above_a_count_is_the_whole_army(extractor: Extractor) -> None:
    text = "The minister said that with an army now above 120,000 soldiers, Romania needs more."
    troops = [q for q in extractor.extract(text).quantities if q.category == "troop"]
    assert [q.whole_force for q in troops] == [True]


def test_troops_the_army_sent_are_no_whole_army(extractor: Extractor) -> None:
    text = "The minister said the army now sent 4,000 soldiers to the border."
    troops = [q for q in extractor.extract(text).quantities if q.category == "troop"]
    assert troops and not any(q.whole_force for q in troops)
