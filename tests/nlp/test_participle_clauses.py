"""A figure in a ", putting ..." clause after a source's reporting verb is not planned by the
quote before it (`bot.nlp.participle_clauses`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_putting_clause_after_a_quoted_plan_is_news(extractor: Extractor) -> None:
    text = (
        '"We expect them to reach the front within weeks," the Finnish minister said, '
        "putting the number of Belarusian troops at the border at about 6,000."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (6000, Modality.REPORTED)


def test_a_plan_inside_the_putting_clause_is_still_a_plan(extractor: Extractor) -> None:
    text = (
        "The Finnish minister said, adding that Belarus will send about 6,000 more troops "
        "to the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_a_quoted_plan_without_a_participle_clause_reaches_the_figure(
    extractor: Extractor,
) -> None:
    text = '"We expect them to send about 6,000 troops," the Finnish minister said.'
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED
