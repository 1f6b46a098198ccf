"""A chronology's entries before its latest one ("MARCH" subheads of a year's review, lines
headed "Oct. 3, 2023 - ...") tell history: what they report as done is background."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

REVIEW = (
    "A year on the border: Belarus and its troops\n"
    "Here is how the year went, month by month.\n"
    "MARCH\n"
    "Lithuania says 1,400 Belarusian soldiers have massed near Grodno.\n"
    "JULY\n"
    "The Polish ministry says 700 Belarusian soldiers remain near Brest.\n"
    "NOVEMBER\n"
    "Poland says 2,600 Belarusian soldiers are now stationed at the border.\n"
    "WHAT COMES NEXT\n"
    "Vilnius says 900 Belarusian soldiers have reached the frontier.\n"
)

CHRONOLOGY = (
    "Key dates in the standoff:\n"
    "Feb. 2, 2023 - Lithuania says 1,400 Belarusian soldiers have massed near Grodno.\n"
    "August 2023 - Poland says 700 Belarusian soldiers remain near Brest.\n"
    "Jan. 9, 2024 - Poland says 2,600 Belarusian soldiers are at the border.\n"
)


def test_earlier_months_of_a_review_are_background(extractor: Extractor) -> None:
    found = {q.value: q for q in extractor.extract(REVIEW).quantities}
    assert found[1400].modality is Modality.BACKGROUND
    assert found[700].modality is Modality.BACKGROUND
    assert found[2600].modality is Modality.REPORTED  # the latest month is the news's own
    assert found[900].modality is Modality.REPORTED  # another subhead closes the entry


def test_earlier_dated_lines_are_background(extractor: Extractor) -> None:
    found = {q.value: q for q in extractor.extract(CHRONOLOGY).quantities}
    assert found[1400].modality is Modality.BACKGROUND
    assert found[700].modality is Modality.BACKGROUND
    assert found[2600].modality is Modality.REPORTED


def test_two_headings_are_no_chronology(extractor: Extractor) -> None:
    text = REVIEW.replace("JULY\n", "")
    found = {q.value: q for q in extractor.extract(text).quantities}
    assert found[1400].modality is Modality.REPORTED
