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
