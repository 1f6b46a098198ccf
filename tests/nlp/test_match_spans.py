"""Winning alias matches and word positions (`bot.nlp.match_spans`)."""

from __future__ import annotations

from bot.nlp.match_spans import longest_first, text_positions, word_positions


def test_the_longest_overlapping_match_wins_and_order_is_kept() -> None:
    matches = [(1, 0, 2), (2, 1, 4), (3, 5, 6), (4, 5, 6)]
    assert longest_first(matches) == [(2, 1, 4), (3, 5, 6)]


def test_word_positions_find_every_token() -> None:
    assert word_positions(["the", "north", "and", "the", "south"], "the") == [0, 3]
    assert word_positions(["a"], "b") == []


def test_text_positions_find_only_whole_tokens() -> None:
    text = "North and Northern North"
    texts = ["North", "and", "Northern", "North"]
    idxs = [0, 6, 10, 19]
    assert text_positions(text, idxs, texts, "North") == [0, 3]
