"""A bare number a force's size or a side's losses are set at counts troops or casualties
(`bot.nlp.force_levels`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_contingent_at_the_level_of_a_number_counts_troops(extractor: Extractor) -> None:
    text = (
        'Polish officials said: "The total strength of the Belarusian contingent remains at '
        'the level of 4 thousand."'
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.category, q.actor) == (4000, "troop", "Belarus")


def test_losses_set_at_a_number_count_casualties(extractor: Extractor) -> None:
    text = "Polish intelligence says Belarusian losses are higher, at more than 700."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.category, q.actor, q.qualifier) == (700, "casualty", "Belarus", "more than")


def test_a_contingent_seen_at_a_place_counts_nothing(extractor: Extractor) -> None:
    text = "Polish officials said the Belarusian contingent was seen at Brest on Monday."
    assert not extractor.extract(text).quantities


def test_a_contingent_of_no_named_side_is_left_out(extractor: Extractor) -> None:
    text = 'Polish officials said Warsaw estimated the size of the contingent at "around 900."'
    assert not [q for q in extractor.extract(text).quantities if q.value == 900]
