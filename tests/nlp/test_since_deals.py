"""Deals summed since a past event are background (`bot.nlp.since_deals`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_listed_sum_since_a_dated_event_is_history(extractor: Extractor) -> None:
    text = (
        "Greece has bought 40 jets under two contracts worth $1.1 billion and $3.3 billion, "
        "respectively, since the crisis began in March 2019."
    )
    money = [q for q in extractor.extract(text).quantities if q.measure == "dollar"]
    assert [q.modality for q in money] == [Modality.BACKGROUND, Modality.BACKGROUND]


def test_a_fronted_since_sums_up_history(extractor: Extractor) -> None:
    text = "Since 2019 it has signed contracts worth more than $9 billion with three shipyards."
    (q,) = [q for q in extractor.extract(text).quantities if q.measure == "dollar"]
    assert q.modality is Modality.BACKGROUND


def test_a_perfects_since_before_the_sum_is_history(extractor: Extractor) -> None:
    text = (
        "Norway has bought 54 howitzers since 2017 under three contracts worth a total of "
        "$1.1 billion."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.measure == "dollar"]
    assert q.modality is Modality.BACKGROUND


def test_a_past_perfects_since_leaves_the_sum_alone(extractor: Extractor) -> None:
    text = (
        "By March, Chile had bought 20 jets since 2019 under two contracts worth $900 million, "
        "and it signed a third on Monday."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.measure == "dollar"]
    assert q.modality is Modality.REPORTED


def test_a_perfect_sum_with_no_since_stays_news(extractor: Extractor) -> None:
    text = "Estonia has signed two contracts worth $300 million with Hanwha this week."
    (q,) = [q for q in extractor.extract(text).quantities if q.measure == "dollar"]
    assert q.modality is Modality.REPORTED


def test_contracts_naming_their_goods_before_worth(extractor: Extractor) -> None:
    text = (
        "Norway is the biggest buyer. It has signed contracts for the launchers worth a "
        "combined $3 billion since 2021 and wants more."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (3_000_000_000, Modality.BACKGROUND)
