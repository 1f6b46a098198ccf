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
