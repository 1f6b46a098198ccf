"""A source quoted "at the time" tells an old report."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_said_at_the_time_is_background(extractor: Extractor) -> None:
    text = "Floods in the delta killed about 400 people, the interior ministry said at the time."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_plain_said_stays_news(extractor: Extractor) -> None:
    text = "Floods in the delta killed about 400 people, the interior ministry said."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
