""""Men" sent, shipped or deployed are troops; men in other roles stay men."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp import Extractor


def _only(extractor: Extractor, text: str, value: float) -> Quantity:
    return next(q for q in extractor.extract(text).quantities if q.value == value)


def test_men_shipped_are_troops(extractor: Extractor) -> None:
    q = _only(extractor, "Officials believe the regime has deployed some 2,500 men abroad.", 2500)
    assert q.measure == "troop"


def test_men_in_other_roles_stay_men(extractor: Extractor) -> None:
    q = _only(extractor, "Some 2,500 men queued outside the stadium.", 2500)
    assert q.measure == "man"
