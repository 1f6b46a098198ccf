"""A bare number after a vague count of troops counts the same troops
(`bot.nlp.vague_antecedents`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_troops_moved_after_a_vague_count(extractor: Extractor) -> None:
    text = (
        "Officials in Tokyo said hundreds of Chinese troops were now in the area. "
        "The ministry said at least 800 had been moved to the island last week."
    )
    facts = extractor.extract(text).quantities
    (q,) = [q for q in facts if q.value == 800]
    assert (q.category, q.actor) == ("troop", "China")


def test_a_restated_number_after_a_vague_count(extractor: Extractor) -> None:
    text = (
        "Hundreds of Chinese troops have reached the border. "
        "Japan's defence ministry has put the number at 900."
    )
    facts = extractor.extract(text).quantities
    (q,) = [q for q in facts if q.value == 900]
    assert q.category == "troop"


def test_a_bare_number_that_is_no_count_of_troops_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Hundreds of Chinese troops have reached the border. "
        "The ministry said 800 was the number of its new telephone line."
    )
    assert not [q for q in extractor.extract(text).quantities if q.value == 800]


def test_a_restated_number_after_a_vague_toll_is_that_toll(extractor: Extractor) -> None:
    text = (
        "Aid groups first reported dozens of Sudanese civilians killed in the raid. "
        "The United Nations later put the figure at 140."
    )
    facts = extractor.extract(text).quantities
    (q,) = [q for q in facts if q.value == 140]
    assert (q.category, q.actor) == ("casualty", "Sudan")


def test_a_bare_number_after_a_vague_toll_without_an_estimate_is_left_alone(
    extractor: Extractor,
) -> None:
    # Near miss: no "put the figure at", so 140 is no restated toll.
    text = (
        "Aid groups first reported dozens of Sudanese civilians killed in the raid. "
        "The convoy left at 140 past noon."
    )
    facts = extractor.extract(text).quantities
    assert not [q for q in facts if q.value == 140 and q.category == "casualty"]
