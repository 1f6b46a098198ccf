"""A range of more of what was counted keeps both ends (`bot.nlp.ranged_more`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_range_of_more_keeps_its_low_end(extractor: Extractor) -> None:
    text = (
        "Kenya has about 3,500 soldiers in Somalia, and officials said Nairobi planned to "
        "send between 800 and 1,200 more next year."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.value_max, q.measure, q.qualifier) == (800, 1200, "troop", "range")


def test_two_counts_joined_by_and_stay_apart(extractor: Extractor) -> None:
    text = (
        "Kenya has about 3,500 soldiers in Somalia; Uganda sent 800 and Burundi 1,200 more "
        "last year."
    )
    assert all(q.value_max is None for q in extractor.extract(text).quantities)
