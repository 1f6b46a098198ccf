"""A sentence opened by "Under <deal>, signed in <month>," is dated by the signing
(`bot.nlp.fronted_signings`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_LEAD = "PRAGUE, Nov 12 (Wire) - The Czech cabinet approved a new arms budget on Wednesday. "


def _modalities(extractor: Extractor, text: str) -> set[Modality]:
    return {q.modality for q in extractor.extract(_LEAD + text).quantities}


def test_an_order_under_a_deal_signed_last_month_is_background(extractor: Extractor) -> None:
    text = (
        "Under a framework contract for CV90 vehicles, signed in October, Prague ordered "
        "246 vehicles worth about $2.3 billion."
    )
    assert _modalities(extractor, text) == {Modality.BACKGROUND}


def test_an_order_under_a_deal_signed_this_month_stays_news(extractor: Extractor) -> None:
    text = (
        "Under a framework contract for CV90 vehicles, signed in November, Prague ordered "
        "246 vehicles worth about $2.3 billion."
    )
    assert _modalities(extractor, text) == {Modality.REPORTED}


def test_an_order_under_an_undated_deal_stays_news(extractor: Extractor) -> None:
    text = "Under the contract, Prague ordered 246 vehicles worth about $2.3 billion."
    assert _modalities(extractor, text) == {Modality.REPORTED}
