"""A force sized in a relative clause after it (`bot.nlp.relative_sizes`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_relative_clause_sizes_the_force_before_it(extractor: Extractor) -> None:
    text = "Critics point to the French troops posted in the Sahel, who number about 5,100."
    found = [
        (q.value, q.measure, q.actor, q.whole_force) for q in extractor.extract(text).quantities
    ]
    assert found == [(5100, "troop", "France", False)]


def test_an_army_so_sized_is_the_whole_army(extractor: Extractor) -> None:
    text = "Norway's armed forces, which number roughly 25,000, will grow by a third."
    found = [(q.value, q.measure, q.whole_force) for q in extractor.extract(text).quantities]
    assert found == [(25000, "troop", True)]


def test_a_relative_clause_after_other_nouns_counts_no_troops(extractor: Extractor) -> None:
    text = "The border villages, which number 30, were emptied before the drills."
    assert all(q.measure != "troop" for q in extractor.extract(text).quantities)


def test_a_past_size_beside_the_forces_present_is_history(extractor: Extractor) -> None:
    text = "Chad's army, which numbered about 9,000 after the civil war, is now three times larger."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality.value) == (9000, "background")


def test_a_past_size_alone_stays_news(extractor: Extractor) -> None:
    text = "Chad's army, which numbered about 9,000, attacked the town on Monday."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality.value) == (9000, "reported")
