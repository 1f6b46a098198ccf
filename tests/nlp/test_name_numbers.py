"""Numbers that name rather than count (`bot.nlp.name_numbers`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _values(extractor: Extractor, text: str) -> list[float | None]:
    return [q.value for q in extractor.extract(text).quantities]


def test_a_wire_version_tag_is_no_figure(extractor: Extractor) -> None:
    assert _values(extractor, "UPDATE 3-Norway signs deal for 40 howitzers") == [40]


def test_a_designation_is_no_figure(extractor: Extractor) -> None:
    text = "The navy fired upgraded Type 88 missiles and 6 drones during the drill."
    assert _values(extractor, text) == [6]


def test_a_count_after_a_named_country_stays(extractor: Extractor) -> None:
    assert _values(extractor, "Poland gave Ukraine 300 tanks.") == [300]
