"""A bare national body's figure is its story's country's (`bot.nlp.home_bodies`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> dict[float | None, str | None]:
    return {q.value: q.actor for q in extractor.extract(text).quantities}


def test_a_budget_in_a_national_currency_is_its_issuers(extractor: Extractor) -> None:
    text = ("North Korea fired two missiles on Monday, Japan said. The Defense Ministry on "
            "Friday requested a record ¥8.8 trillion for the next fiscal year.")
    assert _actors(extractor, text)[8.8e12] == "Japan"


def test_a_regional_government_stays_unowned(extractor: Extractor) -> None:
    text = ("India and Pakistan traded fire on Monday. The Kerala government on Thursday "
            "announced a payment of 1,000,000 rupees for the family.")
    assert _actors(extractor, text)[1e6] is None
