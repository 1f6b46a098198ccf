"""What a report just out finds is reported, though it counts the past
(`bot.nlp.fresh_reports`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_new_reports_findings_are_news(extractor: Extractor) -> None:
    text = (
        "In its annual report, released Monday, the panel said Belarus had sent about 6,000 "
        "troops to Russia in 2024."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (6000, Modality.REPORTED)


def test_an_old_reports_findings_stay_history(extractor: Extractor) -> None:
    text = (
        "In its 2023 report, the panel said Belarus had sent about 6,000 troops to Russia in "
        "2022."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (6000, Modality.BACKGROUND)
