"""A figure told as a goal's predicate is a plan (`bot.nlp.goal_figures`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_goal_is_figure_is_planned(extractor: Extractor) -> None:
    text = "Romania's goal is 90,000 soldiers by 2032, the defence ministry said."
    (q,) = extractor.extract(text).quantities
    assert q.value == 90000 and q.modality is Modality.PLANNED


def test_target_of_figure_is_planned(extractor: Extractor) -> None:
    text = "The army has a target of 90,000 soldiers, the defence ministry said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_goal_met_with_figure_stays_reported(extractor: Extractor) -> None:
    text = "The army met its goal, with 90,000 soldiers in service, the defence ministry said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
