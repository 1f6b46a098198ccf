"""'"By our count, about 9,000 of them ..."': the people the sentence before named."""

from __future__ import annotations

from bot.nlp import Extractor


def _figures(extractor: Extractor, text: str) -> list[tuple[float | None, str, str | None]]:
    return [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]


def test_fronted_source_before_of_them(extractor: Extractor) -> None:
    text = (
        "Belarus bought 12 jets last year. Now we see Russian soldiers training near Brest. "
        "By our count, about 9,000 of them are still there."
    )
    assert (9000, "troop", "Russia") in _figures(extractor, text)


def test_a_longer_fronted_clause_is_not_skipped(extractor: Extractor) -> None:
    text = (
        "Belarus bought 12 jets last year. Now we see Russian soldiers training near Brest. "
        "By the time the winter drills in the north ended, about 9,000 of them were there."
    )
    assert (9000, "troop", "Russia") not in _figures(extractor, text)
