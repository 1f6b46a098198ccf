"""A future verb after "<N> <noun> of the <named force>" plans the figure; the same phrase
before a past verb reports it."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality(extractor: Extractor, text: str) -> Modality:
    (q,) = extractor.extract(text).quantities
    return q.modality


def test_future_verb_after_a_named_force_is_planned(extractor: Extractor) -> None:
    text = (
        "Under the document, up to 500 servicemen of the Korean People's Army will be able to "
        "study each year at Russian military academies."
    )
    assert _modality(extractor, text) is Modality.PLANNED


def test_past_verb_after_a_named_force_stays_reported(extractor: Extractor) -> None:
    text = "Up to 500 servicemen of the Korean People's Army were trained last year."
    assert _modality(extractor, text) is Modality.REPORTED
