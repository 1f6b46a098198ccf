"""A step told as what came before another, or in the narrator's past perfect, is history."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_withdrawal_in_an_after_clause_is_background(extractor: Extractor) -> None:
    text = (
        "Hungary suspended its obligations under the treaty in March 2022 after Belarus "
        "completed its withdrawal from the accord."
    )
    events = extractor.extract(text).events
    withdrawn = [e for e in events if e.stage is Stage.WITHDRAWN]
    assert withdrawn and all(e.modality is Modality.BACKGROUND for e in withdrawn)


def test_the_narrators_past_perfect_signing_is_background(extractor: Extractor) -> None:
    text = (
        "By the evening the two presidents had signed a defence treaty that binds Armenia "
        "and Iran to mutual aid."
    )
    events = extractor.extract(text).events
    assert events and all(e.modality is Modality.BACKGROUND for e in events)


def test_a_reported_past_perfect_signing_stays_news(extractor: Extractor) -> None:
    text = "Armenia and Iran had signed a defence treaty on Monday, state media said."
    events = extractor.extract(text).events
    assert any(e.stage is Stage.SIGNED and e.modality is Modality.REPORTED for e in events)
