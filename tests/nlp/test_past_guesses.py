"""A "likely" after a past or perfect auxiliary guesses at a done act, not a plan
(`bot.nlp.past_guesses`)."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


@pytest.mark.parametrize(
    "text",
    ["Israel's army said Hezbollah units had likely lost more than 400 fighters since March.",
     "The ministry said Iranian units had \"highly likely\" lost more than 400 fighters.",
     "Officials said more than 400 Iranian fighters were most likely killed in the strikes."],
)
def test_a_guess_at_the_past_is_reported(extractor: Extractor, text: str) -> None:
    assert _modalities(extractor, text) == [Modality.REPORTED]


@pytest.mark.parametrize(
    "text",
    ["Officials said Iran was likely to send 400 more fighters to Syria.",
     "Officials said Iran will likely send 400 more fighters to Syria."],
)
def test_a_likely_forecast_stays_planned(extractor: Extractor, text: str) -> None:
    assert _modalities(extractor, text) == [Modality.PLANNED]
