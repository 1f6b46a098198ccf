"""A count of those sent that an agency told lawmakers last week is the total to date: news."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_DATELINE = "SEOUL, March 12 (Wire) - The assembly met on Tuesday.\n"


def _modality(extractor: Extractor, sentence: str, value: float) -> Modality:
    (q,) = [q for q in extractor.extract(_DATELINE + sentence).quantities if q.value == value]
    return q.modality


def test_a_dispatch_told_to_lawmakers_last_week_is_news(extractor: Extractor) -> None:
    text = (
        "Seoul's spy agency told lawmakers last week that Pyongyang had sent about 2,000 more "
        "soldiers to Russia."
    )
    assert _modality(extractor, text, 2000) is Modality.REPORTED


def test_a_dispatch_a_spokesman_told_last_week_stays_background(extractor: Extractor) -> None:
    # Near miss: no briefing to lawmakers; "had been sent" tells a past step.
    text = "The Pentagon said last week that about 2,000 more North Korean soldiers had been sent."
    assert _modality(extractor, text, 2000) is Modality.BACKGROUND


def test_a_briefed_dispatch_dated_to_a_month_stays_background(extractor: Extractor) -> None:
    # Near miss: the clause dates the count to January, that month's step.
    text = (
        "The spy agency told lawmakers last week that North Korea had sent 3,000 troops to "
        "Russia in January."
    )
    assert _modality(extractor, text, 3000) is Modality.BACKGROUND


def test_a_present_perfect_dispatch_briefed_last_week_is_news(extractor: Extractor) -> None:
    text = (
        "According to the NIS, which briefed lawmakers last week, Pyongyang has sent about "
        "2,000 soldiers to Moscow."
    )
    assert _modality(extractor, text, 2000) is Modality.REPORTED


def test_a_present_perfect_dispatch_a_spokesman_told_stays_background(
    extractor: Extractor,
) -> None:
    # Near miss: no briefing to lawmakers, so "has sent" told last week is left to the dates.
    text = "The Pentagon said last week that Pyongyang has sent about 2,000 soldiers to Moscow."
    assert _modality(extractor, text, 2000) is Modality.BACKGROUND
