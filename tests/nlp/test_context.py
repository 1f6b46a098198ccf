"""A document's tokens as plain lists, and the word flags that find the tokens the rules start
from, each word's test run once."""

from __future__ import annotations

import spacy

from bot.nlp import Extractor
from bot.nlp.candidates import TRIGGER, is_trigger
from bot.nlp.context import Sentence, Tokens
from bot.nlp.dates import DATE_START, may_start_date
from bot.nlp.pipeline import WordFlag, build_language

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


def test_flags_reach_words_met_before_and_after() -> None:
    nlp = build_language()
    flags = [TRIGGER, DATE_START]
    Tokens.of(nlp.make_doc("troops arrived"), "troops arrived", flags)
    text = "12 troops arrived in June; 31,337 more followed."
    tokens = Tokens.of(nlp.make_doc(text), text, flags)
    assert [tokens.texts[i] for i in tokens.flagged[TRIGGER]] == ["12", "31,337"]
    assert [tokens.texts[i] for i in tokens.flagged[DATE_START]] == ["12", "June"]


def test_a_words_test_runs_once() -> None:
    nlp = spacy.blank("en")
    seen: list[str] = []

    def test(word: str) -> bool:
        seen.append(word)
        return is_trigger(word)

    flag = WordFlag("counting trigger", test)
    text = "troops arrived in June, and more troops arrived in July"
    tokens = Tokens.of(nlp.make_doc(text), text, [flag])
    assert tokens.flagged[flag] == []
    assert sorted(seen) == sorted(set(tokens.texts))  # "troops", "arrived", "in" once each
    Tokens.of(nlp.make_doc(text), text, [flag])
    assert len(seen) == len(set(tokens.texts))


def test_flag_tests_read_the_word_as_written() -> None:
    assert is_trigger("Treaty") and is_trigger("12k") and is_trigger("Two-Thirds")
    assert not is_trigger("troops")
    assert may_start_date("June") and may_start_date("2024") and may_start_date("10:30")
    assert not may_start_date("12,000") and not may_start_date("3.5")


def test_empty_document() -> None:
    flag = WordFlag("trigger", is_trigger)
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
