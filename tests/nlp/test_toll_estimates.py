"""A toll put at a bare count counts casualties (`bot.nlp.toll_estimates`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_toll_put_at_a_bare_count_counts_casualties(extractor: Extractor) -> None:
    text = "Rescuers put the death toll at 48 on Sunday."
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in found] == [(48, "casualty")]


def test_the_toll_continues_the_side_counted_just_before(extractor: Extractor) -> None:
    text = (
        "London says about 900 Syrian soldiers have been killed or wounded. "
        "The monitoring group estimates the toll at more than 1,300."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor, q.qualifier) == (1300, "casualty", "Syria", "more than")


def test_a_road_toll_is_no_count_of_the_dead(extractor: Extractor) -> None:
    text = "The operator put the bridge toll at 7 dollars."
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in found] == [(7, "dollar")]
