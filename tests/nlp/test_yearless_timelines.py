"""Earlier entries of a chronology headed "MON DD - " without a year are background
(`bot.nlp.yearless_timelines`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_ENTRIES = (
    "FEB 3 - Chad says it has sent 2,000 troops to Niger.\n"
    "MAR 9 - Niger's parliament votes to approve the accord.\n"
    "APR 21 - The two presidents meet in Niamey.\n"
)


def _modality(extractor: Extractor, text: str) -> Modality:
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 2000]
    return q.modality


def test_entry_under_a_colon_heading_is_background(extractor: Extractor) -> None:
    text = "Chad and Niger signed a border accord on Friday.\nHow the accord came about:\n"
    assert _modality(extractor, text + _ENTRIES) == Modality.BACKGROUND


def test_dated_lines_without_a_heading_stay_news(extractor: Extractor) -> None:
    text = "Chad and Niger signed a border accord on Friday.\nThe accord came about slowly.\n"
    assert _modality(extractor, text + _ENTRIES) == Modality.REPORTED
