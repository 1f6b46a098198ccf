"""A named subject's perfect after a fronted "Since <year>," is the story's background."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_record_since_a_year_is_background(extractor: Extractor) -> None:
    text = "Since 2019, Norway has also schooled more than 7,000 Moldovan cadets at its academies."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_tally_that_is_the_subject_stays_news(extractor: Extractor) -> None:
    text = "Since 2019, 7,000 Moldovan cadets have been schooled at Norwegian academies."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_source_named_before_the_perfect_stays_news(extractor: Extractor) -> None:
    text = "Since 2019, Norway says, it has schooled more than 7,000 Moldovan cadets."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
