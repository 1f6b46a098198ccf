"""A done act dated "last autumn" is the story's background."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_deployment_last_autumn_is_background(extractor: Extractor) -> None:
    text = "About 3,000 Belarusian soldiers were moved to the border last autumn."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_count_since_last_autumn_stays_news(extractor: Extractor) -> None:
    text = "Belarus has moved 3,000 more soldiers to the border since last autumn."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_last_year_dates_no_annual_statistic(extractor: Extractor) -> None:
    text = "Exports to Chile reached 2.1 billion dollars last year, customs data showed."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_an_irregular_participle_last_autumn_is_background(extractor: Extractor) -> None:
    text = "Some 4,000 Belarusian soldiers were sent to the border region last autumn."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_past_passive_in_the_summer_is_background(extractor: Extractor) -> None:
    text = "About 2,500 Belarusian soldiers were stationed near the border in the summer."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_planned_move_in_the_summer_is_no_background(extractor: Extractor) -> None:
    text = "About 2,500 Belarusian soldiers will be stationed near the border in the summer."
    (q,) = extractor.extract(text).quantities
    assert q.modality is not Modality.BACKGROUND


def test_people_killed_last_year_are_background(extractor: Extractor) -> None:
    text = "Bandit raids in the northwest killed more than 2,000 people last year."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_people_killed_since_last_year_stay_news(extractor: Extractor) -> None:
    text = "Bandit raids in the northwest have killed more than 2,000 people since last year."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_deal_signed_last_year_is_background(extractor: Extractor) -> None:
    text = "Romania signed a $2.4 billion contract for 40 Leopard tanks last year."
    money, tanks = extractor.extract(text).quantities
    assert money.category == "deal" and money.modality is Modality.BACKGROUND
    assert tanks.modality is Modality.BACKGROUND


def test_a_deal_signed_today_beside_last_year_stays_news(extractor: Extractor) -> None:
    text = "Romania signed a $2.4 billion contract on Monday, its largest since last year."
    (money,) = extractor.extract(text).quantities
    assert money.modality is Modality.REPORTED


def test_an_adverb_before_the_participle_keeps_it_background(extractor: Extractor) -> None:
    text = "Roughly 6,000 Belarusian soldiers were initially posted to the frontier last winter."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_an_adverb_before_a_noun_is_no_done_act(extractor: Extractor) -> None:
    text = "About 6,000 Belarusian soldiers were first in line for new rifles last winter."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_relative_clause_sending_last_winter_is_background(extractor: Extractor) -> None:
    text = "Analysts said the 3,000 troops it sent last winter had returned home."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_relative_clause_sending_next_winter_stays_news(extractor: Extractor) -> None:
    text = "Analysts said the 3,000 troops it will send by next winter are ready."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_perfect_infinitive_dated_last_season_is_background(extractor: Extractor) -> None:
    text = "Minsk is thought to have moved roughly 4,000 soldiers to the frontier last summer."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_present_perfect_dated_last_season_stays_news(extractor: Extractor) -> None:
    text = "Minsk has moved roughly 4,000 soldiers to the frontier last summer, officials say."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
