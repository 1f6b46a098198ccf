"""A fronted month before "he said" dates the claim (`bot.nlp.pronoun_claims`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_LEAD = "VILNIUS, Nov. 12 (Wire) - The minister spoke to reporters. "


def test_a_month_before_he_said_makes_the_claim_background(extractor: Extractor) -> None:
    text = _LEAD + "In March he said that 2,300 soldiers had been wounded in the exercise."
    [q] = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_weekday_before_he_said_keeps_the_claim_news(extractor: Extractor) -> None:
    text = _LEAD + "On Monday he said that 2,300 soldiers had been wounded in the exercise."
    [q] = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
