"""A source-by-source list: a line's ownerless troops or casualties take the one side the
list's other lines count."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp import Extractor


def _figures(extractor: Extractor, text: str) -> list[Quantity]:
    return list(extractor.extract(text).quantities)


def test_a_listed_estimate_takes_the_side_the_list_counts(extractor: Extractor) -> None:
    text = (
        "Following are the main estimates, by source.\n"
        "UKRAINE\n"
        "* Military intelligence, HUR (Nov. 18): 11,000 to 12,000 troops still in Russia.\n"
        "UNITED STATES\n"
        "* State Department (Nov. 20): at least 11,000 North Korean troops in Russia.\n"
    )
    ranged = [q for q in _figures(extractor, text) if q.value_max is not None]
    assert ranged and ranged[0].actor == "North Korea"


def test_a_list_comparing_two_sides_is_left_alone(extractor: Extractor) -> None:
    text = (
        "The estimates:\n"
        "* HUR (Nov. 18): about 5,000 North Korean troops in Russia.\n"
        "* Pentagon (Nov. 20): about 3,000 Russian troops in the region.\n"
        "* Defence Ministry (Nov. 21): about 4,000 troops.\n"
    )
    q = next(q for q in _figures(extractor, text) if q.value == 4000)
    assert q.actor is None


def test_a_line_of_prose_ends_the_list(extractor: Extractor) -> None:
    text = (
        "The estimates:\n"
        "* State Department (Nov. 20): at least 11,000 North Korean troops in Russia.\n"
        "Officials in Kyiv disagree.\n"
        "* Defence Ministry (Nov. 21): about 4,000 troops.\n"
    )
    q = next(q for q in _figures(extractor, text) if q.value == 4000)
    assert q.actor is None
