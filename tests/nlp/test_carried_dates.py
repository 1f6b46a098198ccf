"""A step or figure told after "Instead,", "Then," or "Within weeks," takes the time the
sentence before it dated."""

from __future__ import annotations

import pytest

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events]


@pytest.mark.parametrize(
    "text",
    [
        "When the two leaders met in Minsk in 2019, few expected more than a communique. "
        "Instead, Belarus and Russia signed a defence treaty.",
        "MINSK, March 20 (Wire) - The two leaders met in Minsk on Jan. 3 to talk trade. "
        "Then, Belarus and Russia signed a defence treaty.",
    ],
)
def test_a_step_carried_on_from_a_long_past_date_is_history(
    extractor: Extractor, text: str
) -> None:
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


def test_a_step_carried_on_from_the_news_day_stays_news(extractor: Extractor) -> None:
    text = (
        "MINSK, March 20 (Wire) - When the two leaders met in Minsk on Monday, few expected "
        "more than a communique. Instead, Belarus and Russia signed a defence treaty."
    )
    assert _modalities(extractor, text) == [Modality.REPORTED]


def _figure_modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


def test_figures_within_weeks_of_a_past_year_are_history(extractor: Extractor) -> None:
    text = (
        "The build-up began in March 2023. Within weeks, 4,000 Belarusian troops had reached "
        "the border."
    )
    assert _figure_modalities(extractor, text) == [Modality.BACKGROUND]


def test_figures_within_days_of_the_news_day_stay_news(extractor: Extractor) -> None:
    text = (
        "The build-up began on Monday. Within days, 4,000 Belarusian troops had reached the "
        "border."
    )
    assert _figure_modalities(extractor, text) == [Modality.REPORTED]
