"""A figure in a present perfect clause of its own after ", and" is not dated by the clause
before (`bot.nlp.coordinated_perfects`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_present_perfect_after_and_is_not_dated_by_the_earlier_clause(
    extractor: Extractor,
) -> None:
    text = (
        "The two governments signed a security pact in March 2021, and Armenia has "
        "deployed 4,000 troops along the frontier."
    )
    facts = extractor.extract(text).quantities
    (q,) = [q for q in facts if q.value == 4000]
    assert (q.category, q.modality) == ("troop", Modality.REPORTED)


def test_simple_past_after_and_keeps_the_earlier_date(extractor: Extractor) -> None:
    # Near miss: "deployed" in the past tense tells the same past time as the date.
    text = (
        "The two governments signed a security pact in March 2021, and Armenia "
        "deployed 4,000 troops along the frontier."
    )
    facts = extractor.extract(text).quantities
    (q,) = [q for q in facts if q.value == 4000]
    assert q.modality == Modality.BACKGROUND
