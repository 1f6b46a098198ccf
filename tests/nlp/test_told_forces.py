""""The N troops" with no owner are the force told of just before (`bot.nlp.told_forces`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_the_troops_are_those_named_before(extractor: Extractor) -> None:
    text = (
        "Officials said Belarusian soldiers were guarding the depots. He said the roughly "
        "6,000 troops already in Russia had joined Russian reserve units."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (6000, "Belarus")


def test_an_indefinite_count_is_news_of_its_own(extractor: Extractor) -> None:
    text = (
        "Officials said Belarusian soldiers were guarding the depots. He said roughly 6,000 "
        "troops were already in Russia."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.actor) == (6000, None)


def test_toll_of_those_soldiers_is_the_told_force(extractor: Extractor) -> None:
    text = (
        "Officials said Belarusian soldiers were training near the border. Hundreds of those "
        "soldiers had been wounded, the officer said."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.measure, q.actor) == ("casualty", "Belarus")


def test_toll_without_demonstrative_has_no_actor(extractor: Extractor) -> None:
    text = (
        "Officials said Belarusian soldiers were training near the border. Hundreds of "
        "soldiers had been wounded, the officer said."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.measure, q.actor) == ("casualty", None)
