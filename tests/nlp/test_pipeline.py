from __future__ import annotations

from pathlib import Path

import pytest
import spacy
from spacy.tokenizer import Tokenizer

from bot.errors import ConfigError
from bot.nlp import Extractor
from bot.nlp.context import Tokens
from bot.nlp.pipeline import (
    build_language,
    installed_trained_pipeline,
    is_boilerplate_at,
    is_boilerplate_line,
    load_parser,
)


def sentences(text: str) -> list[str]:
    doc = build_language().make_doc(text)
    tokens = Tokens.of(doc, text)
    return [tokens.span_text(a, b).strip() for a, b in tokens.sentences]


def test_blank_is_rules_only() -> None:
    assert build_language().pipe_names == []
    assert load_parser("blank") is None


def test_auto_is_rules_only_without_a_trained_pipeline(monkeypatch: pytest.MonkeyPatch) -> None:
    # Hide any installed pipeline, so this runs on CI (which installs one) as well.
    monkeypatch.setattr("spacy.util.is_package", lambda _name: False)
    assert installed_trained_pipeline() is None
    assert load_parser("auto") is None


def test_unknown_model_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not installed"):
        Extractor(model="xx_no_such_pipeline")


def test_named_pipeline_without_a_parser_adds_nothing(tmp_path: Path) -> None:
    saved = spacy.blank("en")
    saved.add_pipe("sentencizer")
    saved.to_disk(tmp_path / "pipeline")
    assert load_parser(str(tmp_path / "pipeline")) is None
    facts = Extractor(model=str(tmp_path / "pipeline")).extract("Pyongyang sent 300 troops.")
    assert [q.actor for q in facts.quantities] == ["North Korea"]


def test_non_english_pipeline_is_refused(tmp_path: Path) -> None:
    spacy.blank("de").to_disk(tmp_path / "de")
    with pytest.raises(ConfigError, match="not English"):
        Extractor(model=str(tmp_path / "de"))


def test_lines_never_merge_into_one_sentence() -> None:
    assert sentences("South Korea considers sending weapons\nSeoul said it would decide soon.") == [
        "South Korea considers sending weapons",
        "Seoul said it would decide soon.",
    ]


def test_full_stops_split_and_closing_quotes_stay() -> None:
    assert sentences('He said "no." Then he left! Did he?') == [
        'He said "no."', "Then he left!", "Did he?"
    ]


def test_glued_template_word_starts_a_sentence() -> None:
    assert sentences("Headline\nView AllThe treaty is due to be ratified.") == [
        "Headline", "View All", "The treaty is due to be ratified."
    ]


def test_link_label_with_its_colon_stays_one_line() -> None:
    assert [s for s in sentences("He left.\nRead more: Kyiv downs 120 drones near Odesa") if s] == [
        "He left.", "Read more: Kyiv downs 120 drones near Odesa"
    ]


def test_sentences_match_spacys_sentencizer_on_prose() -> None:
    text = "Kyiv said 3,000 troops arrived (in Kursk). Moscow denied it... Later, it spoke."
    nlp = spacy.blank("en")
    nlp.add_pipe("sentencizer")
    assert sentences(text) == [s.text.strip() for s in nlp(text).sents]


def test_scales_and_numbers_are_split() -> None:
    doc = build_language()("10k troops and $1.64bn")
    assert [t.text for t in doc] == ["10", "k", "troops", "and", "$", "1.64", "bn"]


_SPACING = ["\n", "\t", " ", "—", "’", "'", "\xa0", "\n\n"]
_AROUND = ["", "(", ")", '"', "“", "”", ".", ",", "-", "’s", "$", "%", "A1", "n't"]


def test_dropped_one_character_rules_change_no_token() -> None:
    """The tuned tokenizer drops spaCy's rules that name one character as one token (they
    stop its cache for the rest of a document); every text must split as before."""
    stock, tuned = build_language().tokenizer, build_language().tokenizer
    blank = spacy.blank("en").tokenizer
    assert isinstance(stock, Tokenizer) and isinstance(tuned, Tokenizer)
    assert isinstance(blank, Tokenizer)
    stock.rules = blank.rules
    assert len(tuned.rules or {}) < len(stock.rules or {})
    texts = [
        f"Kyiv said{before}{spacing}{after}3,000 troops. Then" + spacing + "more"
        for before in _AROUND for spacing in _SPACING for after in _AROUND
    ]  # fmt: skip
    texts.append("Ukraine said Thursday.\nThe Kremlin — Russia’s seat — said 'no'.\n\nView All")
    for text in texts * 2:  # the second pass reads from the cache
        ours, theirs = tuned(text), stock(text)
        assert [(t.text, t.whitespace_, t.norm_) for t in ours] == [
            (t.text, t.whitespace_, t.norm_) for t in theirs
        ], text


@pytest.mark.parametrize(
    ("line", "boilerplate"),
    [
        ("View All", True),
        ("Impact Shorts", True),
        ("With inputs from agencies.", True),
        ("(With inputs from Reuters)", True),
        ("Reporting by Jane Roe; Editing by John Doe", True),
        ("Advertisement", True),
        ("Read more", True),
        ("South Korea considers sending weapons", False),
        ("Ukraine said 3,000 troops arrived.", False),
    ],
)
def test_boilerplate_lines(line: str, boilerplate: bool) -> None:
    assert is_boilerplate_line(line) is boilerplate


def test_sentences_of_a_doc_from_any_english_vocab() -> None:
    text = 'He said "no." Then he left!\nRead more'
    doc = spacy.blank("en").make_doc(text)  # a vocab without our word flags yet
    tokens = Tokens.of(doc, text)
    assert [tokens.span_text(a, b).strip() for a, b in tokens.sentences] == sentences(text)


def test_boilerplate_spans_match_whole_lines() -> None:
    text = "Troops left. Read more \nthe treaty. Read more about it"
    first = text.index("Read more")
    assert is_boilerplate_at(text, first, first + len("Read more"))
    assert not is_boilerplate_at(text, text.rindex("Read"), len(text))


def test_a_counter_abbreviation_before_a_lowercase_word_ends_no_sentence() -> None:
    assert sentences("The plant shipped 40 pcs. of engines and 12 th. tonnes of steel.") == [
        "The plant shipped 40 pcs. of engines and 12 th. tonnes of steel."
    ]


def test_a_counter_abbreviation_before_a_capital_still_ends_a_sentence() -> None:
    assert sentences("The plant shipped 40 pcs. The rest follow in May.") == [
        "The plant shipped 40 pcs.", "The rest follow in May."
    ]
