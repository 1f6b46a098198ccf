"""Stage cues corrected by the words around them (`bot.nlp.step_cues`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_signing_dated_a_year_ago_past_its_object_and_place_is_history(
    extractor: Extractor,
) -> None:
    text = (
        "When the presidents of Chile and Peru signed their new fisheries treaty in Lima two "
        "years ago this month, few expected it to last."
    )
    [event] = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert event.modality is Modality.BACKGROUND


def test_an_ago_in_another_clause_leaves_the_signing_news(extractor: Extractor) -> None:
    text = (
        "Chile and Peru signed a fisheries treaty in Lima on Monday, which ends a dispute that "
        "began two years ago."
    )
    [event] = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert event.modality is Modality.REPORTED
