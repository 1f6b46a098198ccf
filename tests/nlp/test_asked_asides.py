"""A question told as an aside after its speaker, answered with a verdict, is his denial."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp import Extractor


def _only(extractor: Extractor, text: str) -> Quantity:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 4000]
    return q


def test_an_aside_question_answered_with_a_verdict_is_denied(extractor: Extractor) -> None:
    text = (
        "Foreign ministry spokesman Lin Jian, asked about reports by Seoul that about 4,000 "
        "soldiers had crossed the border, said the ministry had nothing to add and called "
        "such reports \"speculation\"."
    )
    q = _only(extractor, text)
    assert q.claimant is not None and q.claimant.denied
    assert "Lin Jian" in q.claimant.name


def test_an_aside_question_answered_without_a_verdict_denies_nothing(
    extractor: Extractor,
) -> None:
    text = (
        "Foreign ministry spokesman Lin Jian, asked about reports by Seoul that about 4,000 "
        "soldiers had crossed the border, said the talks would go on."
    )
    q = _only(extractor, text)
    assert q.claimant is None or not q.claimant.denied
