"""A sum of the deals listed before is their history (`bot.nlp.summed_deals`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_LIST = (
    "In 2021 Romania signed a $1.2bn deal for 54 Abrams tanks. In 2023 it signed a $2.5bn "
    "deal for 32 F-35 jets with the United States.\n"
)


def test_total_after_listed_deals_is_background(extractor: Extractor) -> None:
    text = _LIST + "Altogether, Bucharest has signed contracts worth about $3.7bn."
    found = {q.value: q.modality for q in extractor.extract(text).quantities}
    assert found[3_700_000_000] is Modality.BACKGROUND


def test_total_without_a_list_before_stays_news(extractor: Extractor) -> None:
    text = "Altogether, Romania has signed contracts worth about $3.7bn, the ministry said."
    found = {q.value: q.modality for q in extractor.extract(text).quantities}
    assert found[3_700_000_000] is Modality.REPORTED
