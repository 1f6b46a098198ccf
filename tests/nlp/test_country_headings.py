"""A fact sheet by country: a capitals heading naming one country gives it to the ownerless
figures of the label lines under it (`bot.nlp.country_headings`)."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp import Extractor


def _figures(extractor: Extractor, text: str) -> dict[float | None, Quantity]:
    return {q.value: q for q in extractor.extract(text).quantities}


_SHEET = (
    "How big are the armies on NATO's eastern flank? An overview.\n"
    "ROMANIA\n"
    "Tanks in service: about 370\n"
    "Military drones: 240, according to the defence ministry\n"
    "HUNGARY\n"
    "Tanks in service: 44\n"
)


def test_a_country_heading_owns_its_label_lines(extractor: Extractor) -> None:
    figures = _figures(extractor, _SHEET)
    assert figures[370].actor == "Romania"
    assert figures[240].actor == "Romania"
    assert figures[44].actor == "Hungary"


def test_a_heading_that_is_not_only_a_country_is_left_alone(extractor: Extractor) -> None:
    figures = _figures(extractor, _SHEET.replace("ROMANIA\n", "WHAT ROMANIA SAYS\n"))
    assert figures[370].actor is None


def test_a_blank_line_ends_the_sheet(extractor: Extractor) -> None:
    figures = _figures(extractor, _SHEET.replace("ROMANIA\n", "ROMANIA\n\n"))
    assert figures[370].actor is None
