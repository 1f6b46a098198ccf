"""A figure in a decree's change clause is planned (`bot.nlp.decreed_changes`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_what_a_decree_adds_is_planned(extractor: Extractor) -> None:
    text = (
        "The president on Friday issued a decree raising the strength of the national guard "
        "by 40,000 troops, the palace said."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (40000, Modality.PLANNED)


def test_the_total_a_decree_brings_is_planned(extractor: Extractor) -> None:
    text = (
        "The president signed a decree expanding the navy by 12,000 sailors, bringing its "
        "strength to 90,000 sailors."
    )
    values = {q.value: q.modality for q in extractor.extract(text).quantities}
    assert values == {12000: Modality.PLANNED, 90000: Modality.PLANNED}


def test_a_count_after_the_decree_clause_stays_news(extractor: Extractor) -> None:
    text = (
        "The president signed a decree raising soldiers' pay after rebels killed 35 troops "
        "in the north."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is not Modality.PLANNED
