"""The verb after an ", including ..." aside tells the head figure's and the listed ones'."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


@pytest.mark.parametrize(
    "text",
    ["Minsk said 6,000 Belarusian soldiers, including 400 medics, are being readied for the "
     "exercise.",
     "The ministry said 2,500 Iranian advisers, including 40 commanders and 6 pilots, will "
     "be flown to Syria."],
)
def test_a_plan_after_the_aside_covers_every_figure(extractor: Extractor, text: str) -> None:
    found = _modalities(extractor, text)
    assert found and all(m is Modality.PLANNED for m in found)


def test_a_done_verb_after_the_aside_stays_reported(extractor: Extractor) -> None:
    text = "Minsk said 6,000 Belarusian soldiers, including 400 medics, were sent to the border."
    assert _modalities(extractor, text) == [Modality.REPORTED, Modality.REPORTED]
