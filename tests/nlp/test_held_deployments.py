"""A bare number a side "has in" a place, right after its army's size, counts its troops
deployed there."""

from __future__ import annotations

from bot.nlp import Extractor


def _troops(extractor: Extractor, text: str) -> list[tuple[float | None, str | None, bool]]:
    return [
        (q.value, q.actor, q.whole_force)
        for q in extractor.extract(text).quantities
        if q.measure == "troop"
    ]


def test_they_have_a_number_in_our_country(extractor: Extractor) -> None:
    text = (
        "Belarus's army now stands at about 60,000 active personnel, the general said. "
        '"They have about 9,000 in our country," he said.'
    )
    assert _troops(extractor, text)[-1] == (9000, "Belarus", False)


def test_the_side_by_name_has_a_number_in_a_place(extractor: Extractor) -> None:
    text = (
        "Belarus's army now stands at about 60,000 active personnel, the general said. "
        "Belarus has some 9,000 in Mali, he added."
    )
    assert _troops(extractor, text)[-1] == (9000, "Belarus", False)


def test_another_side_holding_a_number_is_left_alone(extractor: Extractor) -> None:
    # Near miss: the holder is not the side whose army was just sized.
    text = (
        "Belarus's army now stands at about 60,000 active personnel, the general said. "
        "Armenia has about 9,000 in Mali, he added."
    )
    assert [v for v, _, _ in _troops(extractor, text)] == [60000]


def test_a_year_after_the_number_is_no_place(extractor: Extractor) -> None:
    # Near miss: "in 2025" dates the number, it places nothing.
    text = (
        "Belarus's army now stands at about 60,000 active personnel, the general said. "
        '"They had about 9,000 in 2025," he said.'
    )
    assert [v for v, _, _ in _troops(extractor, text)] == [60000]
