"""Counts in "pcs." take the thing they count from the "of" phrase, the noun before, or the
figure told just before."""

from __future__ import annotations

from bot.nlp import Extractor


def _counts(extractor: Extractor, text: str) -> list[tuple[float | None, str]]:
    return [(q.value, q.measure) for q in extractor.extract(text).quantities]


def test_pieces_of_a_noun_count_that_noun(extractor: Extractor) -> None:
    text = "Yesterday the port received the next 18 pcs. of tracked armoured vehicles."
    assert _counts(extractor, text) == [(18, "vehicle")]


def test_pieces_after_a_noun_count_that_noun(extractor: Extractor) -> None:
    text = "Half of the rockets (about 1,500 pcs.) will be assembled in the new plant."
    assert (1500, "rocket") in _counts(extractor, text)


def test_pieces_continue_the_count_told_before(extractor: Extractor) -> None:
    text = (
        "Estonia signed a contract for 300 loitering drones. The first 40 pcs. will arrive "
        "in spring."
    )
    found = [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]
    assert found == [(300, "drone", "Estonia"), (40, "drone", "Estonia")]


def test_british_pc_stays_per_cent(extractor: Extractor) -> None:
    text = "Grocery sales climbed 4.2pc in the four weeks to Sunday."
    assert (4.2, "percentage") in _counts(extractor, text)
