"""Troops in training for a rotation or a dispatch are planned (`bot.nlp.trained_batches`)."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "Ukraine's military intelligence said on Friday that Minsk was training some 4,000 "
        "more soldiers for a third rotation on the border.",
        "The general staff said about 1,200 reservists were undergoing training at a range "
        "near Brest to be dispatched to the southern front.",
        "Officials said roughly 2,500 conscripts were in training near Vitebsk to be shipped "
        "to the front.",
    ],
)
def test_troops_trained_for_a_rotation_are_planned(extractor: Extractor, text: str) -> None:
    (q,) = extractor.extract(text).quantities
    assert (q.measure, q.modality) == ("troop", Modality.PLANNED)


@pytest.mark.parametrize(
    "text",
    [
        # Near misses: training told as news of its own, and training already done.
        "The Pentagon said the US was training some 4,000 Ukrainian soldiers at a base in "
        "Bavaria.",
        "The ministry said 1,200 reservists had trained at a range near Brest before being "
        "sent to the southern front.",
    ],
)
def test_training_without_a_dispatch_to_come_stays_news(extractor: Extractor, text: str) -> None:
    (q,) = extractor.extract(text).quantities
    assert (q.measure, q.modality) == ("troop", Modality.REPORTED)
