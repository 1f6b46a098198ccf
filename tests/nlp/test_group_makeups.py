"""A size told of "the group" counts the group a sentence or two before introduced with its
country."""

from __future__ import annotations

from bot.nlp import Extractor

_INTRO = (
    "The second group of engineers from Belarus has flown home, officials said on Monday. "
    "Their work on the bridges is finished. "
)


def test_group_size_takes_the_introduced_owner(extractor: Extractor) -> None:
    text = _INTRO + "The group that left on Sunday consisted of about 300 servicemen."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 300]
    assert (q.measure, q.actor) == ("troop", "Belarus")


def test_indefinite_group_is_left_alone(extractor: Extractor) -> None:
    text = _INTRO + "A group of about 300 servicemen left on Sunday."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 300]
    assert q.actor is None


def test_group_without_country_is_left_alone(extractor: Extractor) -> None:
    text = (
        "The second group of engineers has flown home, officials said on Monday. "
        "The group that left on Sunday consisted of about 300 servicemen."
    )
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 300]
    assert q.actor is None
