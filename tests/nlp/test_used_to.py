"""A past habit ("used to build 40 a year") is history; the passive and plain "used" are not."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


@pytest.mark.parametrize(
    "text",
    ['"We used to build about 40 tanks a year," a plant manager said.',
     "The plant used to employ 3,000 workers."],
)
def test_a_past_habit_is_history(extractor: Extractor, text: str) -> None:
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


@pytest.mark.parametrize(
    "text",
    ["The plant is used to build 40 tanks a year.", "Russia used 40 drones in the attack.",
     "It is a pact Minsk has used to justify sending 3,000 troops."],
)
def test_a_purpose_or_a_plain_use_stays_news(extractor: Extractor, text: str) -> None:
    assert _modalities(extractor, text) == [Modality.REPORTED]
