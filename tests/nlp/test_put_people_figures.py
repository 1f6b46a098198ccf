"""A bare number a source "puts" a group of people "at"."""

from __future__ import annotations

from bot.nlp import Extractor


def _found(extractor: Extractor, text: str) -> set[tuple[float | None, str]]:
    return {(q.value, q.measure) for q in extractor.extract(text).quantities}


def test_put_the_dead_at_counts_the_dead(extractor: Extractor) -> None:
    text = "Belarusian units were hit hard. In May the ministry had put the dead at roughly 450."
    assert (450, "casualty") in _found(extractor, text)


def test_put_the_wounded_at_counts_casualties(extractor: Extractor) -> None:
    assert (1300, "casualty") in _found(extractor, "Minsk now puts the wounded at 1,300.")


def test_put_a_price_at_is_no_count_of_people(extractor: Extractor) -> None:
    # near miss: the object of "put" names no people
    assert (450, "casualty") not in _found(extractor, "The firm put the price at 450.")


def test_put_the_dead_at_a_range(extractor: Extractor) -> None:
    facts = extractor.extract("I would put the Belarusian dead at 700 to 900.").quantities
    assert {(q.value, q.value_max, q.measure) for q in facts} == {(700, 900, "casualty")}
