"""A count of troops after "the number of <people>" is that people's."""

from __future__ import annotations

from bot.nlp import Extractor


def test_troops_after_the_number_of_a_people_are_that_peoples(extractor: Extractor) -> None:
    text = (
        "Kyiv has revised the number of Belarusians near its border, saying about 6,000 "
        "troops, including 300 officers, are massing there."
    )
    quantities = extractor.extract(text).quantities
    assert [(q.value, q.measure, q.actor) for q in quantities] == [
        (6000, "troop", "Belarus"),
        (300, "officer", "Belarus"),
    ]


def test_put_the_number_of_a_people_at_a_bare_figure(extractor: Extractor) -> None:
    text = "The monitoring group put the number of Russians in the enclave at 14,000."
    q = extractor.extract(text).quantities
    assert [(x.value, x.measure, x.actor) for x in q] == [(14000, "person", "Russia")]


def test_the_number_of_a_people_sent_that_reached_a_level_counts_them(
    extractor: Extractor,
) -> None:
    text = (
        "MINSK, Jan 2 (Wire) - The ministry said the total number of Belarusians sent to the "
        "front since March had reached about 7,000."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (7000, "troop", "Belarus")


def test_a_reached_level_with_no_people_counted_is_no_figure(extractor: Extractor) -> None:
    text = (
        "MINSK, Jan 2 (Wire) - The ministry said the total sent to the front since March had "
        "reached about 7,000."
    )
    assert extractor.extract(text).quantities == ()
