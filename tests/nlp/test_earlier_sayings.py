"""A claim its source "said earlier that ..." is history the story recalls; "said earlier on
Monday" names the same news day."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_said_earlier_that_is_background(extractor: Extractor) -> None:
    text = (
        "The Polish defence minister said earlier that 2,500 Belarusian troops had massed "
        "at the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 2500 and q.modality is Modality.BACKGROUND


def test_said_earlier_on_a_day_stays_reported(extractor: Extractor) -> None:
    text = (
        "The Polish defence minister said earlier on Monday that 2,500 Belarusian troops "
        "had massed at the border."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_earlier_elsewhere_stays_reported(extractor: Extractor) -> None:
    text = "Poland said 2,500 Belarusian troops arrived earlier than expected."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_estimated_last_year_behind_a_long_aside_is_background(extractor: Extractor) -> None:
    text = (
        "The Baltic Defence Research Centre (BDRC), an academic institute in Tartu, estimated "
        "last year that Belarus had earned about $3 billion from the war."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 3_000_000_000 and q.modality is Modality.BACKGROUND


def test_said_last_week_stays_reported(extractor: Extractor) -> None:
    text = (
        "The Baltic Defence Research Centre (BDRC), an academic institute in Tartu, estimated "
        "last week that Belarus had earned about $3 billion from the war."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
