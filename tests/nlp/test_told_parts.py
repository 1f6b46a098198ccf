""""N of those troops" are a share of the force told of before (`bot.nlp.told_parts`)."""

from __future__ import annotations

from bot.nlp import Extractor

_BEFORE = (
    "Minsk sent some 7,000 Belarusian soldiers to the front in spring, diplomats said. "
    "Belarusian Defence Minister Ivan Petrov met Sergei Shoigu on Monday. "
    "The two men discussed training, Shoigu's office said. "
)


def test_a_share_of_those_troops_is_the_told_force(extractor: Extractor) -> None:
    text = _BEFORE + "Kyiv's spy agency believes about 4,000 of those soldiers are still there."
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.actor) == (4000, "Belarus")


def test_a_share_of_the_troops_is_left_alone(extractor: Extractor) -> None:
    text = _BEFORE + "Kyiv's spy agency believes about 4,000 of the soldiers are still there."
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.actor) == (4000, None)
