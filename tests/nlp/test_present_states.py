"""A dated claim that sizes a force in the present tense stays news."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_present_size_told_last_week_stays_news(extractor: Extractor) -> None:
    text = "The general said last week that the Belarusian contingent numbers about 9,000 troops."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_backshifted_size_told_last_week_is_background(extractor: Extractor) -> None:
    text = "The general said last week that about 9,000 Belarusian troops had reached the border."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND
