"""A fronted publication with its past month dates what the sentence tells: background."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_DATELINE = "HELSINKI, Nov 14 (Wire) - The government met on Thursday.\n"


def _modality(extractor: Extractor, sentence: str, value: float) -> Modality:
    (q,) = [q for q in extractor.extract(_DATELINE + sentence).quantities if q.value == value]
    return q.modality


def test_a_review_fronted_with_its_month_is_background(extractor: Extractor) -> None:
    text = (
        "In its annual security review in June, the Finnish intelligence service said Russia "
        "had moved about 20,000 troops to the border."
    )
    assert _modality(extractor, text, 20000) is Modality.BACKGROUND


def test_a_review_fronted_without_a_month_stays_news(extractor: Extractor) -> None:
    # Near miss: a review released this week is the news, whatever it counts.
    text = (
        "In its annual security review, released on Thursday, the Finnish intelligence service "
        "said Russia had moved about 20,000 troops to the border."
    )
    assert _modality(extractor, text, 20000) is Modality.REPORTED
