"""A bare staying rest counts the force the sentence before counted."""

from __future__ import annotations

from bot.nlp import Extractor


def test_rest_after_a_counted_force_and_its_dead(extractor: Extractor) -> None:
    text = (
        "Western officials said in spring that some 9,000 Belarusian troops had crossed into "
        "the region and that about 1,200 had been killed. A defence ministry spokesman said "
        "on Friday that around 6,000 still remain near the river."
    )
    rest = [q for q in extractor.extract(text).quantities if q.value == 6000]
    assert [(q.measure, q.actor) for q in rest] == [("troop", "Belarus")]


def test_rest_after_a_troop_count(extractor: Extractor) -> None:
    text = (
        "About 4,000 Cuban soldiers were flown in over the winter. Officials say 2,500 stayed "
        "through the summer."
    )
    rest = [q for q in extractor.extract(text).quantities if q.value == 2500]
    assert [(q.measure, q.actor) for q in rest] == [("troop", "Cuba")]


def test_no_soldiers_named_leaves_it_alone(extractor: Extractor) -> None:
    text = (
        "About 4,000 Cuban tourists were flown in over the winter. Officials say 2,500 stayed "
        "through the summer."
    )
    assert all(q.value != 2500 for q in extractor.extract(text).quantities)


def test_count_two_sentences_back_is_not_carried(extractor: Extractor) -> None:
    text = (
        "About 4,000 Cuban soldiers were flown in over the winter. The talks stalled in "
        "March. Officials say 2,500 stayed through the summer."
    )
    assert all(q.value != 2500 for q in extractor.extract(text).quantities)
