"""Weather boxes, tickers, Most-read lists and banners hold no figures of the story."""

from __future__ import annotations

from bot.nlp import Extractor
from bot.nlp.page_boxes import furniture_lines

_BODY = "The county said 420 families had been housed since March.\n"


def _values(extractor: Extractor, text: str) -> set[float | None]:
    return {q.value for q in extractor.extract(text).quantities}


def test_a_barred_ticker_line_gives_no_figures(extractor: Extractor) -> None:
    text = "Refugees find homes in the county\nDerby 14°C, drizzle | Rams 2, Posh 0 (Final)\n"
    assert _values(extractor, text + _BODY) == {420}


def test_a_labelled_weather_line_gives_no_figures(extractor: Extractor) -> None:
    text = "Refugees find homes in the county\nWeather: Leeds 12°C, showers\n"
    assert _values(extractor, text + _BODY) == {420}


def test_most_read_items_under_their_label_give_no_figures(extractor: Extractor) -> None:
    text = (
        "Refugees find homes in the county\n" + _BODY + "Most popular\n"
        "1. Ring road: lane closures for 9 days\n2. Bakery shuts after 63 years\n"
    )
    assert _values(extractor, text) == {420}


def test_a_subscription_offer_gives_no_figures(extractor: Extractor) -> None:
    text = "Refugees find homes in the county\n" + _BODY
    text += "Subscribe now: read everything for $2 for 3 months\n"
    assert _values(extractor, text) == {420}


def test_a_labelled_brief_written_as_a_sentence_is_read(extractor: Extractor) -> None:
    text = "Refugees find homes in the county\n" + _BODY
    text += "Weather: Frost overnight, with lows of minus 6C on the moors.\n"
    assert _values(extractor, text) == {420, -6}


def test_a_numbered_body_line_without_a_list_label_is_read(extractor: Extractor) -> None:
    text = "Refugees find homes in the county\nKey points\n1. The county housed 420 families.\n"
    assert _values(extractor, text) == {420}


def test_a_body_line_with_a_colon_label_is_read(extractor: Extractor) -> None:
    text = "Refugees find homes in the county\nHOUSING: The county housed 420 families.\n"
    assert _values(extractor, text) == {420}


def test_the_headline_line_is_never_furniture() -> None:
    assert furniture_lines("Explained | Why 3,000 troops matter\nBody text.") == []
