"""The second fate of one group takes the first fate's side (`bot.nlp.shared_fates`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_wounded_after_the_dead_of_a_group_are_its_own(extractor: Extractor) -> None:
    text = (
        "Sudan sent about 9,000 soldiers to the border. Some 300 of them are thought to have "
        "been killed and 1,200 wounded, the ministry said."
    )
    actors = {q.value: (q.measure, q.actor) for q in extractor.extract(text).quantities}
    assert actors[300] == ("casualty", "Sudan")
    assert actors[1200] == ("casualty", "Sudan")


def test_the_victims_of_an_attack_take_no_side(extractor: Extractor) -> None:
    text = "A Sudanese drone strike killed 12 people and 40 were wounded."
    assert all(q.actor is None for q in extractor.extract(text).quantities)
