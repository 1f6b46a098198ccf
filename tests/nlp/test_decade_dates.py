"""A figure its clause dates to a decade that has ended is history; a count run from a
decade, or a decade in a baseline after the figure, leaves the figure news."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


def test_during_the_early_decade_is_background(extractor: Extractor) -> None:
    text = "Libya kept some 8,000 troops in Chad during the early 1980s."
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


def test_decade_in_the_figures_own_aside_is_background(extractor: Extractor) -> None:
    text = "Vietnamese troops, about 150,000 of them in the early 1980s, occupied Cambodia."
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


def test_for_much_of_the_decade_is_background(extractor: Extractor) -> None:
    text = "Moscow kept about 60,000 soldiers in Mongolia for much of the 1970s."
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


def test_the_most_since_a_decade_stays_reported(extractor: Extractor) -> None:
    text = "The army now has 90,000 troops, the most since the 1990s."
    assert _modalities(extractor, text) == [Modality.REPORTED]


def test_decade_of_a_baseline_after_the_figure_leaves_it_reported(extractor: Extractor) -> None:
    text = "The factory employs 900 workers, down from 4,000 in the 1990s."
    assert _modalities(extractor, text)[0] is Modality.REPORTED


def test_decade_of_a_participle_after_the_figure_leaves_it_reported(
    extractor: Extractor,
) -> None:
    text = "Tokyo lists 17 citizens as abducted by agents in the 1970s and 1980s."
    assert _modalities(extractor, text) == [Modality.REPORTED]
