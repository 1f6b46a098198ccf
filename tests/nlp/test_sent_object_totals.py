"""A total after a sending of uncounted troops counts those troops
(`bot.nlp.sent_object_totals`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _figures(extractor: Extractor, text: str) -> list[tuple[float | None, str, str | None]]:
    return [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]


def test_the_total_counts_the_troops_just_sent(extractor: Extractor) -> None:
    text = (
        "The ministry said Minsk had shipped 8,000 shells to Russia. It added that Minsk "
        "could send more troops and that the total might reach 5,000 by spring."
    )
    assert (5000, "troop", "Belarus") in _figures(extractor, text)


def test_a_total_after_other_goods_stays_theirs(extractor: Extractor) -> None:
    # Near miss: nothing sent in the sentence is soldiers, so the total goes on counting shells.
    text = (
        "The ministry said Minsk had shipped 8,000 shells to Russia. It added that Minsk "
        "could send more shells and that the total might reach 12,000 by spring."
    )
    assert (12000, "shell", "Belarus") in _figures(extractor, text)
