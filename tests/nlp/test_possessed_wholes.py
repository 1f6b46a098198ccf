"""The whole of "some of its N troops" is not planned by the plan that takes a part of it
(`bot.nlp.possessed_wholes`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _troops(extractor: Extractor, text: str) -> Modality:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 8000]
    return q.modality


def test_possessed_whole_of_a_planned_part_is_present(extractor: Extractor) -> None:
    text = "Minsk is preparing to withdraw some of its roughly 8,000 troops from the border."
    assert _troops(extractor, text) == Modality.REPORTED


def test_planned_figure_without_a_part_stays_planned(extractor: Extractor) -> None:
    # Near miss: the 8,000 are what the plan sends.
    text = "Minsk is preparing to withdraw roughly 8,000 troops from the border."
    assert _troops(extractor, text) == Modality.PLANNED
