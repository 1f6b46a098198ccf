"""Photo-gallery captions ("2 of 5 | ...") are news; other barred lines stay page furniture."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor
from bot.nlp.gallery_captions import gallery_caption
from bot.nlp.page_boxes import furniture_lines

_TITLE = "IN PICTURES: Flood crews return to Lviv\n"


def _figures(extractor: Extractor, text: str) -> set[tuple[float | None, str]]:
    return {(q.value, q.measure) for q in extractor.extract(text).quantities}


@pytest.mark.parametrize(
    "line",
    [
        "2 of 5 | Rescuers carry sandbags along the river bank.",
        "Photo 3/8 | A volunteer hands out water.",
        "Image 10 of 12 | The mayor thanks the crews.",
    ],
)
def test_a_counted_caption_is_a_caption(line: str) -> None:
    assert gallery_caption(line)


@pytest.mark.parametrize(
    "line",
    [
        "7 of 5 | Rescuers carry sandbags.",  # a slide past the count: no counter
        "1 of 3 | Live | Markets",  # more bars: a navigation box
        "Kyiv 3°C, rain | Lviv 1°C, snow",
        "Stories 2 of 9",
    ],
)
def test_other_lines_are_no_captions(line: str) -> None:
    assert not gallery_caption(line)


def test_a_caption_line_is_no_furniture() -> None:
    text = _TITLE + "1 of 4 | Engineers rebuild a bridge near Lviv. Agency photo\n"
    assert furniture_lines(text) == []


def test_figures_in_captions_are_read(extractor: Extractor) -> None:
    text = (
        _TITLE
        + "1 of 4 | Engineers rebuild a bridge. Ukraine's defence ministry said 350 soldiers "
        "had joined the clean-up. Agency photo\n"
        "2 of 4 | Mourners at a funeral. Officials said 140 soldiers were killed in the "
        "fighting last month. Agency photo\n"
    )
    assert _figures(extractor, text) >= {(350, "troop"), (140, "casualty")}


def test_a_barred_ticker_still_gives_no_figures(extractor: Extractor) -> None:
    # near miss: a counter-like opening but a box of several fields
    text = (
        _TITLE
        + "1 of 3 | 350 soldiers on duty | 140 soldiers killed\n"
        "The city said 60 homes were flooded.\n"
    )
    assert _figures(extractor, text) == {(60, "home")}
