"""A figure told in the past tense of this year's occasion is history
(`bot.nlp.held_occasions`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


def test_troops_who_took_part_in_this_years_drills_are_history(extractor: Extractor) -> None:
    text = "Roughly 9,400 Chilean and Peruvian troops took part in this year's Andes Shield drills."
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


def test_this_years_drills_that_involved_troops_are_history(extractor: Extractor) -> None:
    text = "This year's joint naval drills involved about 7,200 sailors from both navies."
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


def test_troops_taking_part_now_stay_news(extractor: Extractor) -> None:
    text = "Roughly 9,400 Chilean and Peruvian troops are taking part in this year's exercises."
    assert _modalities(extractor, text) == [Modality.REPORTED]


def test_this_years_budget_is_no_occasion(extractor: Extractor) -> None:
    text = "Some 9,400 new recruits joined the army under this year's defence budget."
    assert _modalities(extractor, text) == [Modality.REPORTED]
