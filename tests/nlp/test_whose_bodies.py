"""A state body handed to a country by "whose" buys for that country."""

from __future__ import annotations

from bot.nlp import Extractor

_OPENING = "Jobs return to the valley plant. The order book is full. "


def _actors(extractor: Extractor, text: str) -> list[tuple[float | None, str | None]]:
    return [(q.value, q.actor) for q in extractor.extract(text).quantities]


def test_whose_agency_signed_is_the_country_before(extractor: Extractor) -> None:
    text = _OPENING + (
        "Part of the work is for Romania, whose procurement agency signed a $2.2 billion deal "
        "on Monday for 54 howitzers, the agency said."
    )
    assert _actors(extractor, text) == [(2.2e9, "Romania"), (54, "Romania")]


def test_whose_before_a_firm_names_no_state(extractor: Extractor) -> None:
    text = _OPENING + (
        "Part of the work is for the Hanwha group, whose defence unit signed a $2.2 billion "
        "deal on Monday for 54 howitzers, the agency said."
    )
    assert _actors(extractor, text) == [(2.2e9, None), (54, None)]
