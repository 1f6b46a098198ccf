"""A semicolon clause that points back at a dated clause is history
(`bot.nlp.semicolon_recaps`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> dict[float | None, Modality]:
    return {q.value: q.modality for q in extractor.extract(text).quantities}


def test_those_after_a_dated_clause_is_history(extractor: Extractor) -> None:
    text = (
        "Naval drills\n\nJuly 20, 2025\n\n"
        "Greek frigates joined the Sea Breeze drills in March only as observers; those "
        "manoeuvres involved some 9,000 sailors from a dozen navies."
    )
    assert _modalities(extractor, text)[9000] is Modality.BACKGROUND


def test_a_semicolon_clause_without_a_pointer_stays_news(extractor: Extractor) -> None:
    text = (
        "Naval drills\n\nJuly 20, 2025\n\n"
        "Greek frigates joined the Sea Breeze drills in March only as observers; Turkey "
        "deployed some 9,000 sailors."
    )
    assert _modalities(extractor, text)[9000] is Modality.REPORTED
