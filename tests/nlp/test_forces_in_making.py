"""A force still being built counts the size it is meant to reach."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_force_being_formed_is_planned(extractor: Extractor) -> None:
    text = "The Gulf states are forming a rapid-reaction force of 7,000 soldiers."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_a_force_already_formed_is_news(extractor: Extractor) -> None:
    text = "The Gulf states have formed a rapid-reaction force of 7,000 soldiers."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_force_being_set_up_is_planned(extractor: Extractor) -> None:
    text = "The alliance is setting up a joint force of 5,000 troops."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_a_force_setting_out_is_news(extractor: Extractor) -> None:
    text = "A joint force of 5,000 troops is setting out for the border."
    (q,) = extractor.extract(text).quantities
    assert q.modality is not Modality.PLANNED
