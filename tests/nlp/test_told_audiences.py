"""A date after a short audience ("told reporters last week") dates the claim."""

from __future__ import annotations

from bot.models import Modality, Quantity
from bot.nlp import Extractor


def _only(extractor: Extractor, text: str, value: float) -> Quantity:
    return next(q for q in extractor.extract(text).quantities if q.value == value)


def test_told_audience_then_date_is_history(extractor: Extractor) -> None:
    q = _only(
        extractor, "The spy agency told reporters last week that 700 soldiers had arrived.", 700
    )
    assert q.modality == Modality.BACKGROUND


def test_told_audience_today_stays_news(extractor: Extractor) -> None:
    q = _only(
        extractor, "The spy agency told reporters on Monday that 700 soldiers had arrived.", 700
    )
    assert q.modality == Modality.REPORTED


def test_reported_to_an_audience_last_month_is_background(extractor: Extractor) -> None:
    # "last month": a present state told last week is the latest word (recent_briefings.py).
    text = (
        "VILNIUS, March 20 (Wire) - Talks resumed.\n"
        "The agency reported to lawmakers last month that 3,000 Belarusian troops were near "
        "the border."
    )
    q = extractor.extract(text).quantities[-1]
    assert q.modality is Modality.BACKGROUND


def test_a_four_word_audience_then_last_week_is_history(extractor: Extractor) -> None:
    text = (
        "The spy agency told the parliamentary defense committee last week that 900 soldiers "
        "had arrived."
    )
    assert _only(extractor, text, 900).modality is Modality.BACKGROUND


def test_a_four_word_audience_then_a_weekday_stays_news(extractor: Extractor) -> None:
    text = (
        "The spy agency told the parliamentary defense committee on Tuesday that 900 soldiers "
        "had arrived."
    )
    assert _only(extractor, text, 900).modality is Modality.REPORTED


def test_a_count_told_to_one_outlet_last_week_is_history(extractor: Extractor) -> None:
    text = "The minister told a Lithuanian radio station last week that 900 soldiers had arrived."
    assert _only(extractor, text, 900).modality is Modality.BACKGROUND


def test_a_forecast_told_to_one_outlet_last_week_stays_a_plan(extractor: Extractor) -> None:
    text = (
        "The minister told a Lithuanian radio station last week that Minsk could send up to "
        "9,000 soldiers."
    )
    assert _only(extractor, text, 9000).modality is Modality.PLANNED


def test_a_count_told_to_one_outlet_this_month_stays_news(extractor: Extractor) -> None:
    text = "The minister told a Lithuanian radio station this month that 900 soldiers had arrived."
    assert _only(extractor, text, 900).modality is Modality.REPORTED


def test_audience_place_then_month_is_history(extractor: Extractor) -> None:
    text = (
        "OSLO, Oct 20 (Wire) - The ministry said on Monday that the brigade was ready.\n"
        "Finland's defence staff had briefed senators in Helsinki in July that some 900 "
        "Russian soldiers had deserted."
    )
    assert _only(extractor, text, 900).modality == Modality.BACKGROUND


def test_audience_place_then_news_day_stays_news(extractor: Extractor) -> None:
    text = (
        "OSLO, Oct 20 (Wire) - The ministry said on Monday that the brigade was ready.\n"
        "Finland's defence staff briefed senators in Helsinki on Monday that some 900 "
        "Russian soldiers had deserted."
    )
    assert _only(extractor, text, 900).modality == Modality.REPORTED


_OSLO = "OSLO, May 14 (Wire) - Parliament met on Wednesday.\n"


def test_audience_place_then_last_month_is_history(extractor: Extractor) -> None:
    # The bare date past the place dates the briefing, even of a count that still stands.
    text = _OSLO + ("The ministry told lawmakers in Oslo last month that about 4,500 Belarusian "
                    "troops remained in Mozyr.")  # fmt: skip
    assert _only(extractor, text, 4500).modality == Modality.BACKGROUND


def test_audience_place_then_this_month_stays_news(extractor: Extractor) -> None:
    text = _OSLO + ("The ministry told lawmakers in Oslo this month that about 4,500 Belarusian "
                    "troops remained in Mozyr.")  # fmt: skip
    assert _only(extractor, text, 4500).modality == Modality.REPORTED


def test_a_forecast_told_in_a_place_last_week_stays_a_plan(extractor: Extractor) -> None:
    text = _OSLO + ("The minister told reporters in Oslo last week that Minsk could send a "
                    "further 4,500 soldiers.")  # fmt: skip
    assert _only(extractor, text, 4500).modality == Modality.PLANNED
