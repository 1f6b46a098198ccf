"""A document's tokens as plain lists, and the word flags that find the tokens the rules start
from without a Python loop over every token."""

from __future__ import annotations

import spacy

from bot.nlp import Extractor
from bot.nlp.candidates import TRIGGER, is_trigger
from bot.nlp.context import Sentence, Tokens
from bot.nlp.dates import DATE_START, may_start_date
from bot.nlp.pipeline import (
    CLAUSE_BREAK_BIT,
    DATE_START_BIT,
    PUNCT_BIT,
    TRIGGER_BIT,
    WordFlag,
    add_word_flags,
)

TEXT = (
    "Pyongyang sent 12,000 troops, two-thirds of them in June, the ministry said.\n"
    "By the end of 2024 a treaty-based pact was ratified. Nothing else happened."
)


def test_flagged_tokens_are_those_passing_the_test(extractor: Extractor) -> None:
    tokens = Tokens.of(extractor.nlp.make_doc(TEXT), TEXT, [TRIGGER, DATE_START])
    for flag in (TRIGGER, DATE_START):
        expected = [i for i, word in enumerate(tokens.texts) if flag.test(word)]
        assert tokens.flagged[flag] == expected
    assert [tokens.texts[i] for i in tokens.flagged[TRIGGER]] == [
        "12,000", "two", "said", "2024", "treaty", "pact", "ratified"
    ]  # fmt: skip
    assert [tokens.texts[i] for i in tokens.flagged[DATE_START]] == ["June", "end", "2024"]


def test_flags_reach_words_the_vocab_held_before_and_meets_after() -> None:
    nlp = spacy.blank("en")
    nlp.make_doc("troops arrived")  # words known before any flag is set
    text = "12 troops arrived in June; 31,337 more followed."
    tokens = Tokens.of(nlp.make_doc(text), text, [TRIGGER, DATE_START])
    assert [tokens.texts[i] for i in tokens.flagged[TRIGGER]] == ["12", "31,337"]
    assert [tokens.texts[i] for i in tokens.flagged[DATE_START]] == ["12", "June"]


def test_adding_flags_again_changes_nothing() -> None:
    nlp = spacy.blank("en")
    nlp.make_doc("troops arrived in June")
    seen: list[str] = []

    def test(word: str) -> bool:
        seen.append(word)
        return is_trigger(word)

    flag = WordFlag(TRIGGER_BIT, test)
    add_word_flags(nlp.vocab, [flag])
    tested = len(seen)
    add_word_flags(nlp.vocab, [flag])
    assert tested >= 4 and len(seen) == tested


def test_flag_bits_are_distinct_and_clear_of_spacys_own() -> None:
    bits = [PUNCT_BIT, TRIGGER_BIT, DATE_START_BIT, CLAUSE_BREAK_BIT]
    assert len(set(bits)) == len(bits)
    assert all(19 <= bit < 64 for bit in bits)


def test_flag_tests_read_the_word_as_written() -> None:
    assert is_trigger("Treaty") and is_trigger("12k") and is_trigger("Two-Thirds")
    assert not is_trigger("troops")
    assert may_start_date("June") and may_start_date("2024") and may_start_date("10:30")
    assert not may_start_date("12,000") and not may_start_date("3.5")


def test_empty_document() -> None:
    flag = WordFlag(TRIGGER_BIT, is_trigger)
    tokens = Tokens.of(spacy.blank("en").make_doc(""), "", [flag])
    assert (tokens.texts, tokens.sentences, tokens.flagged) == ([], [], {flag: []})


def test_a_sentence_knows_the_span_of_the_one_before(extractor: Extractor) -> None:
    tokens = Tokens.of(extractor.nlp.make_doc(TEXT), TEXT, [TRIGGER])
    spans = tokens.sentences
    first, second = (
        Sentence(tokens=tokens, start=start, end=end, mentions=[], dates=[],
                 gazetteer=extractor.gazetteer)
        for start, end in spans[:2]
    )  # fmt: skip
    assert first.previous_span() is None
    assert second.previous_span() == spans[0]
