""""at the current level of some 15,000" counts what the count before it counted
(`bot.nlp.held_levels`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _measures(extractor: Extractor, text: str) -> dict[float | None, str]:
    return {q.value: q.measure for q in extractor.extract(text).quantities}


def test_a_level_kept_counts_the_count_before_it(extractor: Extractor) -> None:
    text = (
        "The NIS believes North Korea will rotate about 4,000 troops out of Russia, keeping "
        "its presence at roughly the current level of some 15,000."
    )
    assert _measures(extractor, text).get(15000) == "troop"


def test_a_level_with_no_count_before_it_is_left_alone(extractor: Extractor) -> None:
    text = "Exports stayed at roughly the level of 15,000, the ministry said."
    assert _measures(extractor, text).get(15000) != "troop"


def test_a_presence_kept_at_a_number_counts_the_troops(extractor: Extractor) -> None:
    text = (
        "Russia has moved about 2,000 fresh troops into Belarus, keeping its military "
        "presence there at roughly 9,000, Kyiv said."
    )
    assert _measures(extractor, text).get(9000) == "troop"
