"""A period phrase between a counted noun and its copula keeps the noun the figure's."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_month_between_losses_and_their_copula(extractor: Extractor) -> None:
    text = "The Ukrainian army said Russian losses in March were more than 31,000."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 31000]
    assert (q.measure, q.actor) == ("casualty", "Russia")


def test_a_relative_period_between_the_noun_and_its_copula(extractor: Extractor) -> None:
    text = "Officials in Kyiv said Russian casualties last week stood at about 7,200."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 7200]
    assert (q.measure, q.actor) == ("casualty", "Russia")


def test_a_place_between_the_noun_and_its_copula_is_no_period(extractor: Extractor) -> None:
    text = "Officials in Kyiv said Russian losses in Kherson were 7,200."
    assert [q for q in extractor.extract(text).quantities if q.value == 7200] == []
