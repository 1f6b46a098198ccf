"""Day-first dates in digits ("19.06.2024") date steps and datelines
(`bot.nlp.numeric_dates`)."""

from __future__ import annotations

import pytest

from bot.models import Modality, Stage
from bot.nlp import Extractor
from bot.nlp.numeric_dates import numeric_date


@pytest.mark.parametrize(
    ("word", "expected"),
    [
        ("19.06.2024", (6, 19)),
        ("05/12/2024", (12, 5)),
        ("4.3.2025", (3, 4)),
        ("1.330", None),  # a figure with a thousands dot
        ("3.5.1", None),  # a version
        ("19.13.2024", None),  # no thirteenth month
        ("12/05/24", None),  # a two-digit year could be anything
    ],
)
def test_numeric_date(word: str, expected: tuple[int, int] | None) -> None:
    assert numeric_date(word) == expected


def test_a_step_dated_in_digits_months_before_the_dateline_is_history(
    extractor: Extractor,
) -> None:
    text = (
        "Riga, 14.03.2025 | Politics\n"
        "The parliament of Latvia discussed defence spending on Thursday.\n"
        "The defence pact between Latvia and Estonia was signed in Tallinn on 02.10.2024."
    )
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.SIGNED, Modality.BACKGROUND)


def test_a_slashed_dateline_dates_the_article(extractor: Extractor) -> None:
    text = (
        "Hanoi, 20/03/2025 (Agency)\n"
        "The parliament of Laos met on Wednesday.\n"
        "The trade pact between Vietnam and Laos was signed on November 2 in Vientiane."
    )
    signed = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert signed and all(e.modality is Modality.BACKGROUND for e in signed)


def test_a_step_dated_in_digits_the_same_week_stays_news(extractor: Extractor) -> None:
    text = (
        "Riga, 14.03.2025 | Politics\n"
        "The parliament of Latvia ratified the defence pact with Estonia on 12.03.2025."
    )
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.RATIFIED, Modality.REPORTED)
