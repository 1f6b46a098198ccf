"""An estimate dated "from" a past month is cited history."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_estimate_from_a_past_month_is_background(extractor: Extractor) -> None:
    text = "The study cites Kyiv's estimate from March that about 2,300 Russian soldiers died."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (2300, Modality.BACKGROUND)


def test_estimate_from_a_source_stays_reported(extractor: Extractor) -> None:
    text = "The study cites an estimate from Kyiv that about 2,300 Russian soldiers died."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (2300, Modality.REPORTED)
