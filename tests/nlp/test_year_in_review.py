"""The year just ended, told in January, is the news (`bot.nlp.year_in_review`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modality(extractor: Extractor, text: str) -> Modality:
    (q,) = extractor.extract(text).quantities
    return q.modality


def test_a_tally_of_the_year_before_the_stamp_is_news(extractor: Extractor) -> None:
    text = (
        "Finland's border guard in numbers\n"
        "Security | 08.01.2027 | 10:15\n"
        "The border guard grew by about 1,400 officers in 2026, the interior ministry said."
    )
    assert _modality(extractor, text) is Modality.REPORTED


def test_an_older_year_on_a_january_page_stays_history(extractor: Extractor) -> None:
    text = (
        "Finland's border guard in numbers\n"
        "Security | 08.01.2027 | 10:15\n"
        "The border guard grew by about 1,400 officers in 2023, the interior ministry said."
    )
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_without_a_stamp_the_latest_year_dated_is_the_one_ended(extractor: Extractor) -> None:
    text = (
        "HELSINKI, Jan 9 (Wire) - The border guard grew by about 1,400 officers in 2026, the "
        "interior ministry said on Thursday."
    )
    assert _modality(extractor, text) is Modality.REPORTED


def test_the_year_before_a_summer_page_stays_history(extractor: Extractor) -> None:
    text = (
        "HELSINKI, June 9 (Wire) - The border guard grew by about 1,400 officers in 2026, the "
        "interior ministry said on Thursday."
    )
    assert _modality(extractor, text) is Modality.BACKGROUND


def test_a_deal_the_years_orders_included_stays_history(extractor: Extractor) -> None:
    text = (
        "Security | 08.01.2027 | 10:15\n"
        "Orders from Finland in 2026 included a howitzer contract worth $1.2 billion, the "
        "agency said."
    )
    assert _modality(extractor, text) is Modality.BACKGROUND
