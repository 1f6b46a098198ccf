"""A year's tally told in its last month, or last year's told this month, is the news
(`bot.nlp.year_tallies`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


_DECEMBER = "The year at sea\nBy a staff writer\nDecember 18, 2027\n"
_MARCH = "Counting the raids\nBy a staff writer\nMarch 3, 2028\n"
_JUNE = "The year so far\nBy a staff writer\nJune 18, 2027\n"


def test_the_pages_own_year_in_december_is_the_years_tally(extractor: Extractor) -> None:
    text = _DECEMBER + "Iran fired about 3,500 missiles at Israel in 2027, according to the IDF."
    assert _modalities(extractor, text) == [Modality.REPORTED]


def test_last_years_tally_told_this_month_is_news(extractor: Extractor) -> None:
    text = _MARCH + "The IDF said this month that Iran had fired about 3,500 missiles in 2027."
    assert _modalities(extractor, text) == [Modality.REPORTED]


def test_a_rate_after_the_tally_reads_the_same(extractor: Extractor) -> None:
    text = _MARCH + (
        "The IDF said this month that Iran had fired about 3,500 missiles in 2027, some 10 a day."
    )
    assert _modalities(extractor, text) == [Modality.REPORTED, Modality.REPORTED]


def test_last_years_tally_with_no_fresh_saying_stays_history(extractor: Extractor) -> None:
    text = _MARCH + "The IDF said that Iran had fired about 3,500 missiles in 2027."
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


def test_the_pages_own_year_in_june_stays_history(extractor: Extractor) -> None:
    text = _JUNE + "The navy delivered about 40 patrol boats to the coastguard in 2027."
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


def test_a_first_batch_in_december_stays_history(extractor: Extractor) -> None:
    text = _DECEMBER + "The first 40 patrol boats were handed to the coastguard in 2027."
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


def test_the_year_before_set_against_the_tally_stays_history(extractor: Extractor) -> None:
    text = _DECEMBER + (
        "Iran fired about 3,500 missiles at Israel in 2027, compared with 900 the year before."
    )
    assert _modalities(extractor, text) == [Modality.REPORTED, Modality.BACKGROUND]
