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


def test_recalled_that_tells_history(extractor: Extractor) -> None:
    text = (
        "The Lithuanian minister recalled that 2,500 Belarusian troops had massed at the "
        "border in the spring."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 2500 and q.modality is Modality.BACKGROUND


def test_recalling_troops_stays_reported(extractor: Extractor) -> None:
    text = "Belarus recalled 2,500 troops from the Lithuanian border on Monday."
    (q,) = extractor.extract(text).quantities
    assert q.value == 2500 and q.modality is Modality.REPORTED


def test_recalled_standing_total_stays_reported(extractor: Extractor) -> None:
    text = "The agency recalled that so far Latvia has ordered 36 howitzers from France."
    (q,) = extractor.extract(text).quantities
    assert q.value == 36 and q.modality is Modality.REPORTED


def test_recalled_standing_fact_stays_reported(extractor: Extractor) -> None:
    text = "The minister recalled that the border treaty consists of 14 articles."
    (q,) = extractor.extract(text).quantities
    assert q.value == 14 and q.modality is Modality.REPORTED


def test_saying_earlier_this_week_that_is_background(extractor: Extractor) -> None:
    text = (
        "Estonia sees a bigger threat, with its defence chief saying earlier this week that "
        "about 5,000 Russian troops had gathered near Pskov."
    )
    (q,) = extractor.extract(text).quantities
    assert q.value == 5000 and q.modality is Modality.BACKGROUND


def test_saying_this_week_without_earlier_stays_reported(extractor: Extractor) -> None:
    text = (
        "Estonia sees a bigger threat, with its defence chief saying this week that about "
        "5,000 Russian troops had gathered near Pskov."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
