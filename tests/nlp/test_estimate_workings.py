"""The workings of an estimate told just before are that estimate's inputs
(`bot.nlp.estimate_workings`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_its_calculation_after_an_old_estimate_is_history(extractor: Extractor) -> None:
    text = (
        "The Polish Institute of International Affairs estimated last year that Belarus had "
        "earned about $3 billion from the war. Its calculation assumed that Moscow pays about "
        "$500 a month for each of the 8,000 Belarusian workers sent since 2023."
    )
    quantities = extractor.extract(text).quantities
    workers = next(q for q in quantities if q.value == 8000)
    assert workers.modality is Modality.BACKGROUND
    assert workers.claimant is not None and "Poland" in workers.claimant.entities


def test_its_calculation_after_a_current_estimate_stays_news(extractor: Extractor) -> None:
    text = (
        "The Polish Institute of International Affairs said on Monday that Belarus had "
        "earned about $3 billion from the war. Its calculation assumes that Moscow pays about "
        "$500 a month for each of the 8,000 Belarusian workers sent since 2023."
    )
    quantities = extractor.extract(text).quantities
    assert next(q for q in quantities if q.value == 8000).modality is Modality.REPORTED


def test_its_army_after_an_old_estimate_is_no_working(extractor: Extractor) -> None:
    text = (
        "The Polish Institute of International Affairs estimated last year that Belarus had "
        "earned about $3 billion from the war. Its army has about 48,000 soldiers."
    )
    quantities = extractor.extract(text).quantities
    assert next(q for q in quantities if q.value == 48000).modality is Modality.REPORTED
