"""A sale a government "approved" as "possible" is done news, and the buyer's deal."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_approved_possible_sale_is_reported_and_the_buyers(extractor: Extractor) -> None:
    text = (
        "The State Department on Tuesday approved a possible $2.6 billion sale of Patriot "
        "interceptors and radars to Romania."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
    assert q.actor == "Romania"


def test_a_sale_only_weighed_stays_planned(extractor: Extractor) -> None:
    text = (
        "Washington is weighing a possible $2.6 billion sale of Patriot interceptors and "
        "radars to Romania."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED
