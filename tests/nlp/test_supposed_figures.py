"""A figure an "if" clause only supposes, weighed with "would", is a prospect."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_supposed_deployment_is_planned(extractor: Extractor) -> None:
    text = "If Minsk sent 8,000 paratroopers, as some in Vilnius fear, the balance would shift."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_a_supposed_loss_with_could_is_planned(extractor: Extractor) -> None:
    text = "And if the army lost 400 tanks over the winter, its spring push could stall."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_a_past_perfect_condition_stays_reported(extractor: Extractor) -> None:
    text = "If Tehran had not delivered 2,500 drones last year, the campaign would have stalled."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_figure_after_the_condition_stays_reported(extractor: Extractor) -> None:
    text = "If so, the 2,500 drones delivered so far were paid for in gold, which would be new."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
