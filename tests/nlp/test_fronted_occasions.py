"""An occasion fronted with its past month dates what the sentence tells."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_ceremony_last_august_dates_its_medals(extractor: Extractor) -> None:
    text = "At a ceremony in Minsk last August, Lukashenko awarded medals to 1,900 soldiers."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_ceremony_on_tuesday_stays_the_news(extractor: Extractor) -> None:
    text = (
        "At a ceremony in Minsk on Tuesday, Lukashenko awarded medals to 1,900 Belarusian soldiers."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
