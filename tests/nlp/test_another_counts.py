"""A bare number after "another" counts more of the count told before it."""

from __future__ import annotations

from bot.nlp import Extractor


def test_another_bare_number_counts_the_same_troops(extractor: Extractor) -> None:
    text = "About 4,000 Belarusian troops are at the border, and another 6,000 remain in camps."
    first, second = extractor.extract(text).quantities
    assert (second.value, second.measure, second.actor) == (6000, "troop", first.actor)


def test_another_after_money_is_not_money(extractor: Extractor) -> None:
    text = "The club paid 8 million euros, and another 3 went unsold."
    assert [q.value for q in extractor.extract(text).quantities] == [8_000_000]
