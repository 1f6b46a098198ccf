"""A count carries past two modifiers joined by "and"/"or" to the one noun they modify."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_name_and_a_word_before_one_noun(extractor: Extractor) -> None:
    text = "Moscow launched 73 Geran and dummy drones at Odesa overnight, the navy said."
    (q,) = extractor.extract(text).quantities
    assert q.value == 73 and q.measure == "drone"


def test_two_names_joined_by_or(extractor: Extractor) -> None:
    text = "The battalion can fire 12 Iskander or Kalibr missiles in one salvo."
    (q,) = extractor.extract(text).quantities
    assert q.value == 12 and q.measure == "missile"


def test_a_day_after_the_number_is_no_modifier(extractor: Extractor) -> None:
    text = "The court fined 14 Monday and jailed protesters later."
    assert all(q.value != 14 for q in extractor.extract(text).quantities)


def test_two_counts_keep_their_own_nouns(extractor: Extractor) -> None:
    text = "He scored 12 goals and three assists this season."
    assert [(q.value, q.measure) for q in extractor.extract(text).quantities] == [
        (12, "goal"),
        (3, "assist"),
    ]
