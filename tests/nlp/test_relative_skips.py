"""The verb after a relative aside on the counted noun is the figure's own
(`bot.nlp.relative_skips`)."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


@pytest.mark.parametrize(
    "text",
    ["About 4,000 Iranian advisers, most of whom have served in Syria before, would be flown "
     "to Yemen.",
     "About 4,000 Iranian advisers, who trained near Tehran, will be flown to Yemen."],
)
def test_a_plan_after_a_relative_aside_is_the_figures(extractor: Extractor, text: str) -> None:
    assert _modalities(extractor, text) == [Modality.PLANNED]


def test_a_done_verb_after_a_relative_aside_stays_reported(extractor: Extractor) -> None:
    text = "About 4,000 Iranian advisers, most of whom had served in Syria, were flown to Yemen."
    assert _modalities(extractor, text) == [Modality.REPORTED]
