"""A figure in an ", as" clause after an attribution is not the claim's plan
(`bot.nlp.as_clauses`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_done_as_clause_after_an_attribution_is_news(extractor: Extractor) -> None:
    text = (
        "Finland is weighing every possible response, a government adviser said on Monday, "
        "as Russia moved 30,000 troops toward the border."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (30000, Modality.REPORTED)


def test_a_future_as_clause_after_an_attribution_is_a_plan(extractor: Extractor) -> None:
    text = (
        "Finland is weighing every possible response, a government adviser said on Monday, "
        "as Russia will move 30,000 troops toward the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_a_plan_without_an_attribution_before_the_as_reaches_the_figure(
    extractor: Extractor,
) -> None:
    text = "Finland could send a possible reinforcement, as agreed, of 3,000 troops."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED
