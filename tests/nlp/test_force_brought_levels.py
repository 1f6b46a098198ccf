"""A bare number a force is brought to counts what the batch before it counted
(`bot.nlp.force_brought_levels`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_force_brought_to_a_bare_number_counts_troops(extractor: Extractor) -> None:
    text = (
        "Chad has sent about 800 more soldiers to Niger, officials said. The reinforcements "
        "bring the Chadian force in Niger to around 2,500, they said."
    )
    got = {q.value: q for q in extractor.extract(text).quantities}
    assert got[2500].measure == "troop" and got[2500].actor == "Chad"


def test_force_brought_to_a_level_without_number_adds_nothing(extractor: Extractor) -> None:
    text = (
        "Chad has sent about 800 more soldiers to Niger, officials said. The reinforcements "
        "bring the Chadian force in Niger to its largest size, they said."
    )
    assert [q.value for q in extractor.extract(text).quantities] == [800]
