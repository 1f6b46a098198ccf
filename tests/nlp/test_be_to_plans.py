""""is/are to" before a verb plans the figure it governs."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


def test_an_army_that_is_to_grow_plans_its_size(extractor: Extractor) -> None:
    text = "Under the new law, Sweden's armed forces are to grow to 120,000 personnel."
    assert _modalities(extractor, text) == [Modality.PLANNED]


def test_are_to_blame_plans_nothing(extractor: Extractor) -> None:
    # Near miss: "are to blame" is a fixed phrase, the deaths are past.
    text = "Investigators said faulty brakes are to blame for the 14 deaths."
    assert _modalities(extractor, text) == [Modality.REPORTED]


def test_a_size_that_is_to_be_raised_is_planned(extractor: Extractor) -> None:
    text = "Under the new decree, the strength of the navy is to be raised to 40,000 sailors."
    assert _modalities(extractor, text) == [Modality.PLANNED]


def test_troops_that_are_to_be_sent_are_planned(extractor: Extractor) -> None:
    text = "A further 1,200 soldiers are to be sent to the border region."
    assert _modalities(extractor, text) == [Modality.PLANNED]


def test_is_to_be_before_an_adjective_plans_nothing(extractor: Extractor) -> None:
    # Near miss: "is to be the largest" describes; the 8,000 troops are there now.
    text = "The base, which houses 8,000 troops, is to be the largest in the region."
    assert _modalities(extractor, text) == [Modality.REPORTED]
