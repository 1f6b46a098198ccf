""""N of them" opening a sentence counts the people named just before
(`bot.nlp.opening_parts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_of_them_after_uncounted_soldiers_counts_soldiers(extractor: Extractor) -> None:
    text = (
        "Finland bought 40 rocket launchers in March. \"Russian soldiers are massing near "
        "our border. We are ready,\" the minister said. \"About 20,000 of them are in "
        "Karelia.\""
    )
    counts = [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]
    assert (20000.0, "troop", "Russia") in counts


def test_of_them_after_counted_things_keeps_the_count(extractor: Extractor) -> None:
    text = (
        "Finland bought 40 rocket launchers in March. The launchers are on their way. "
        "About 30 of them will arrive in May."
    )
    counts = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert (30.0, "troop") not in counts
