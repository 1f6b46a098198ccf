"""A force to be joined is told as there now; only the joining is ahead."""

from __future__ import annotations

from bot.models import Modality, Quantity
from bot.nlp import Extractor


def _figure(extractor: Extractor, text: str) -> Quantity:
    (q,) = [q for q in extractor.extract(text).quantities if q.measure in {"troop", "soldier"}]
    return q


def test_the_size_of_the_force_joined_is_no_plan(extractor: Extractor) -> None:
    q = _figure(extractor, "The regiment will join a NATO force of about 4,000 troops in Latvia.")
    assert q.modality is Modality.REPORTED
    q = _figure(extractor, "Two companies will reinforce the garrison of 2,500 soldiers there.")
    assert q.modality is Modality.REPORTED


def test_a_force_sent_or_the_joiners_stay_planned(extractor: Extractor) -> None:
    q = _figure(extractor, "The country will send a force of 4,000 troops to Latvia.")
    assert q.modality is Modality.PLANNED
    q = _figure(extractor, "About 4,000 troops will join the NATO force in Latvia.")
    assert q.modality is Modality.PLANNED
