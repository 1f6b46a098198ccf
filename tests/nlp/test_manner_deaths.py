"""People "shot dead" are casualties (`bot.nlp.manner_deaths`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_protesters_shot_dead_are_casualties(extractor: Extractor) -> None:
    text = "Witnesses said 37 protesters were shot dead outside the governor's office."
    assert [q.measure for q in extractor.extract(text).quantities] == ["casualty"]


def test_hostages_shot_at_keep_their_noun(extractor: Extractor) -> None:
    text = "The 14 hostages were shot at but escaped unhurt."
    assert [q.measure for q in extractor.extract(text).quantities] == ["hostage"]
