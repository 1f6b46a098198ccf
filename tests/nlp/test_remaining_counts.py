"""A bare number told as what stays of a force named before it counts that force."""

from __future__ import annotations

from bot.nlp import Extractor


def test_rest_of_named_force_is_counted(extractor: Extractor) -> None:
    text = (
        "An officer said the Belarusian troops had mostly gone home, and that about 3,500 "
        "remained near the border."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (3500, "troop", "Belarus")


def test_staying_rest_after_still(extractor: Extractor) -> None:
    text = "He said the Cuban soldiers had left in stages, but some 800 still remain there."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (800, "troop", "Cuba")


def test_no_force_named_leaves_the_number_alone(extractor: Extractor) -> None:
    text = "Shares fell sharply, and about 3,500 remained unsold by the close."
    assert not extractor.extract(text).quantities


def test_unowned_troops_without_article_leave_it_alone(extractor: Extractor) -> None:
    text = "He said troops had gone home, and that about 3,500 remained near the border."
    assert not extractor.extract(text).quantities


def test_living_rest_after_a_death_toll(extractor: Extractor) -> None:
    text = (
        "Kyiv believes about 900 Belarusian soldiers have been killed in the region and that "
        "some 4,000 remain there, the agency said."
    )
    rest = [q for q in extractor.extract(text).quantities if q.value == 4000]
    assert [(q.measure, q.actor) for q in rest] == [("troop", "Belarus")]


def test_counted_force_that_came_home_leaves_the_rest_alone(extractor: Extractor) -> None:
    text = "About 900 Cuban soldiers came home last month and some 4,000 remain there."
    assert all(q.value != 4000 or q.measure != "troop" for q in extractor.extract(text).quantities)


def test_an_aside_after_the_troops_counts_those_that_stay(extractor: Extractor) -> None:
    text = (
        "He said that Kenyan troops — about 3,000 remain in Somalia, according to Mogadishu "
        "— had changed the balance of the war."
    )
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.measure, q.actor) == (3000, "troop", "Kenya")


def test_troops_not_set_off_by_an_aside_are_no_known_force(extractor: Extractor) -> None:
    text = "He said troops had gone home, and that about 3,500 remained near the border - for now."
    assert not extractor.extract(text).quantities
