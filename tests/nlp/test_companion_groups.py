""""them" counts the group that acts, not the one it fights beside (`bot.nlp.companion_groups`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities]


def test_alongside_names_the_companions_not_the_counted(extractor: Extractor) -> None:
    text = (
        "Officials said Belarusian soldiers were training alongside Russian forces near the "
        "border, and that about 4,000 of them were now in the camps."
    )
    assert _actors(extractor, text) == ["Belarus"]


def test_against_names_the_foe_not_the_counted(extractor: Extractor) -> None:
    text = (
        "Officials said Belarusian soldiers were fighting against Ukrainian troops near the "
        "border, and that about 4,000 of them were now in the camps."
    )
    assert _actors(extractor, text) == ["Belarus"]


def test_the_nearest_group_is_still_counted_without_a_companion(extractor: Extractor) -> None:
    text = (
        "Officials said Belarusian soldiers had joined Russian forces near the border, and "
        "that about 4,000 of them were now in the camps."
    )
    assert _actors(extractor, text) == ["Russia"]
