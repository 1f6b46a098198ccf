"""A capitalised title's full stop ends no sentence (`bot.nlp.title_stops`)."""

from __future__ import annotations

from bot.nlp.title_stops import title_abbreviated


def test_a_capitalised_title_before_a_name_keeps_the_sentence() -> None:
    texts = ["GEN", ".", "MENDEZ", ":", "About", "11,000", "."]
    assert title_abbreviated(texts, 1, 2)


def test_a_sentence_ending_in_an_ordinary_word_still_ends() -> None:
    # Near miss: "ARMY." is no title; the next capitalised word opens a sentence.
    texts = ["JOIN", "THE", "ARMY", ".", "Recruits", "came", "."]
    assert not title_abbreviated(texts, 3, 4)
