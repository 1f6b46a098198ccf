"""Figures dated "Within weeks of the ..." are history (`bot.nlp.within_openers`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_within_weeks_of_a_told_step_is_background(extractor: Extractor) -> None:
    text = "Within months of the ceasefire, Belarus had some 4,000 troops on the border."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_within_weeks_later_in_the_sentence_stays_news(extractor: Extractor) -> None:
    # Near miss: "within weeks" is a deadline, not the opener anchoring the telling.
    text = "Belarus will move 4,000 troops to the border within weeks, Minsk said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is not Modality.BACKGROUND
