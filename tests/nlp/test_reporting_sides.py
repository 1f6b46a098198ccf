"""A side's own press reporting its treaty "with" a partner names only the partner; the
reporter's state is the other party (`bot.nlp.reporting_sides`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def _parties(extractor: Extractor, text: str) -> list[tuple[Stage, frozenset[str]]]:
    return [(e.stage, frozenset(e.parties)) for e in extractor.extract(text).events]


def test_own_agency_on_the_treaty_with_a_partner(extractor: Extractor) -> None:
    text = (
        "Iran's state news agency IRNA reported on Monday that the cooperation treaty with "
        "Belarus had been ratified by a decree of the president."
    )
    assert _parties(extractor, text) == [(Stage.RATIFIED, frozenset({"Iran", "Belarus"}))]


def test_a_source_with_no_state_keeps_the_lone_partner(extractor: Extractor) -> None:
    text = (
        "Analysts said the cooperation treaty with Belarus had been ratified by a decree of "
        "the president."
    )
    assert _parties(extractor, text) == [(Stage.RATIFIED, frozenset({"Belarus"}))]


def test_both_parties_named_are_kept(extractor: Extractor) -> None:
    text = (
        "Iran's foreign ministry said the treaty between Belarus and Russia had been "
        "ratified by a decree."
    )
    assert _parties(extractor, text) == [(Stage.RATIFIED, frozenset({"Belarus", "Russia"}))]
