"""A bare "Kim" owning an army or regime names the North Korean leader in a Korea story."""

from __future__ import annotations

from bot.nlp import Extractor


def test_kims_soldiers_name_the_leader(extractor: Extractor) -> None:
    text = "Pyongyang denies it, but Kim's soldiers are now fighting near Kursk."
    assert "Kim Jong Un" in extractor.extract(text).entities()


def test_kims_relatives_name_no_one(extractor: Extractor) -> None:
    text = "Pyongyang denies it, but Kim's cousins say they were conscripted."
    assert "Kim Jong Un" not in extractor.extract(text).entities()


def test_kims_men_outside_a_korea_story_name_no_one(extractor: Extractor) -> None:
    text = "The coach said Kim's men were tired after the match."
    assert "Kim Jong Un" not in extractor.extract(text).entities()
