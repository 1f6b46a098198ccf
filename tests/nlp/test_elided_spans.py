"""A second count over a longer span counts what the figure before it counted."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_count_since_a_date_carries_the_noun(extractor: Extractor) -> None:
    text = (
        "The army said it had lost 45 soldiers in the past day, and more than 9,000 since "
        "the offensive began."
    )
    values = {q.value: q for q in extractor.extract(text).quantities}
    assert values[9000].measure == values[45].measure
    assert values[9000].qualifier == "more than"


def test_a_smaller_bare_number_is_no_second_count(extractor: Extractor) -> None:
    text = "The coastguard rescued 400 migrants on Sunday, and 3 since the storm ended."
    values = [q.value for q in extractor.extract(text).quantities]
    assert 3 not in values


def test_a_count_after_a_days_span_and_since_carries_the_noun(extractor: Extractor) -> None:
    text = (
        "The general staff put Russian losses at 1,100 servicemen over the past day and "
        "nearly 21,000 since the offensive began."
    )
    quantities = extractor.extract(text).quantities
    assert [(q.value, q.measure, q.actor) for q in quantities] == [
        (1100, "casualty", "Russia"),
        (21000, "casualty", "Russia"),
    ]
