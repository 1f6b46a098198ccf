"""Men counted by the branch of units the story tied to one army before ("the sapper
battalions of the Russian army ... 12 sappers who died") are that army's
(`bot.nlp.unit_members`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> dict[float | None, str | None]:
    return {q.value: q.actor for q in extractor.extract(text).quantities}


def test_a_branch_introduced_with_its_army(extractor: Extractor) -> None:
    text = (
        "The minister greeted the sapper battalions of the Ukrainian army back from Kharkiv. "
        "He laid flowers at a memorial to 12 sappers who died clearing the fields."
    )
    assert _actors(extractor, text).get(12) == "Ukraine"


def test_a_branch_never_introduced_is_left_alone(extractor: Extractor) -> None:
    text = (
        "The minister greeted the returning battalions. He laid flowers at a memorial to 12 "
        "sappers who died clearing the fields."
    )
    assert _actors(extractor, text).get(12) is None
