"""A sentence led by a definite subject carries on the earlier month's account that opened the
sentence before it in the same paragraph."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_OPENING = "Oslo, June 12 (Wire) -- The ministry spoke on Wednesday.\n"


def _modalities(extractor: Extractor, text: str) -> dict[float | None, Modality]:
    return {q.value: q.modality for q in extractor.extract(_OPENING + text).quantities}


def test_the_next_sentence_of_an_earlier_months_account_is_background(
    extractor: Extractor,
) -> None:
    text = (
        "In March, according to the army, the rebels had about 4,000 fighters in the valley. "
        "The army put the number of rebel casualties at roughly 1,200, a figure never confirmed."
    )
    found = _modalities(extractor, text)
    assert found[4000] is Modality.BACKGROUND
    assert found[1200] is Modality.BACKGROUND


def test_a_follow_on_that_says_now_is_news_again(extractor: Extractor) -> None:
    text = (
        "In March, according to the army, the rebels had about 4,000 fighters in the valley. "
        "The army now puts the number of rebel casualties at roughly 1,200."
    )
    assert _modalities(extractor, text)[1200] is Modality.REPORTED


def test_a_new_paragraph_starts_a_new_account(extractor: Extractor) -> None:
    text = (
        "In March, according to the army, the rebels had about 4,000 fighters in the valley.\n"
        "The army put the number of rebel casualties at roughly 1,200."
    )
    assert _modalities(extractor, text)[1200] is Modality.REPORTED
