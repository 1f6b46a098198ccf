"""A count that preparations or plans are for is still to come."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_preparations_for_a_count_plan_it(extractor: Extractor) -> None:
    text = "Kyiv said it had spotted preparations for 6,000 Belarusian soldiers to cross over."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_plans_for_a_count_plan_it(extractor: Extractor) -> None:
    text = "The ministry has drawn up plans for 2,000 more Belarusian engineers."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_a_count_paid_for_is_no_plan(extractor: Extractor) -> None:
    text = "Belarus paid for 300 new rifles."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_preparations_for_a_span_of_time_are_no_plan(extractor: Extractor) -> None:
    text = "Lithuania said it had watched preparations for three weeks."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
