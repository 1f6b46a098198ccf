"""A toll's kinds ("in killed and wounded") between its noun and the count, and a running
total's start ("since <date>") after the count, leave the predicate count read."""

from __future__ import annotations

from bot.nlp import Extractor


def _tolls(extractor: Extractor, text: str) -> list[tuple[float | None, str | None]]:
    found = extractor.extract(text).quantities
    return [(q.value, q.actor) for q in found if q.category == "casualty"]


def test_losses_in_killed_and_wounded_are_the_owners(extractor: Extractor) -> None:
    text = "The study puts Belarus's losses in dead and wounded at about 48,000."
    assert _tolls(extractor, text) == [(48000, "Belarus")]


def test_a_count_since_a_date_is_still_the_predicate(extractor: Extractor) -> None:
    text = "The study puts Belarus's losses at about 48,000 since the summer of 2023."
    assert _tolls(extractor, text) == [(48000, "Belarus")]


def test_losses_in_a_place_are_not_skipped_as_kinds(extractor: Extractor) -> None:
    text = "The study puts Belarus's losses in Gomel at about 48,000."
    assert _tolls(extractor, text) == []
