""""Of the drones, 57 were shot down": the opening group is what the bare counts count
(`bot.nlp.opening_groups`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_opening_group_beats_the_last_count(extractor: Extractor) -> None:
    text = (
        "The rebels fired 60 rockets and four drones at the base, the army said. Of the "
        "rockets, 41 were intercepted and 9 fell in open fields."
    )
    rows = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert rows[-2:] == [(41, "rocket"), (9, "rocket")]


def test_a_counted_noun_after_the_number_wins(extractor: Extractor) -> None:
    text = "Of the rockets, 41 drones were a decoy."
    assert [q.measure for q in extractor.extract(text).quantities] == ["drone"]
