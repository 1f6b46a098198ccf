"""A bare count of those sent counts the people the sentence names before it, when the last
count told is of other people (`bot.nlp.named_people_counts`)."""

from __future__ import annotations

from bot.nlp import Extractor

_BEFORE = (
    "Belarusian soldiers were seen near the border last week. "
    "All 212 senators present backed the bill on Tuesday. "
)


def test_a_bare_count_sent_counts_the_people_named_before_it(extractor: Extractor) -> None:
    text = _BEFORE + (
        "Polish intelligence said the Belarusians had been seen near Brest on Monday, and "
        "that about 6,000 had been sent to the border in all."
    )
    counts = [q for q in extractor.extract(text).quantities if q.value == 6000]
    assert len(counts) == 1
    assert counts[0].category == "troop"
    assert counts[0].actor == "Belarus"


def test_no_people_named_leaves_the_bare_count_out(extractor: Extractor) -> None:
    text = _BEFORE + (
        "Polish intelligence said the units had been seen near Brest on Monday, and that "
        "about 6,000 had been sent to the border in all."
    )
    assert not [q for q in extractor.extract(text).quantities if q.value == 6000]
