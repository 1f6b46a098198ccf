"""A counted group joined with an uncounted one shares its fate (`bot.nlp.joined_groups`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_pupils_and_their_teachers_killed_are_casualties(extractor: Extractor) -> None:
    text = "At least 23 pupils and their teachers were killed when the school roof collapsed."
    assert [q.measure for q in extractor.extract(text).quantities] == ["casualty"]


def test_a_joined_group_freed_keeps_the_noun(extractor: Extractor) -> None:
    text = "The 18 workers and their supervisor were freed on Tuesday."
    assert [q.measure for q in extractor.extract(text).quantities] == ["worker"]
