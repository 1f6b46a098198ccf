"""A step told as the first of its kind is the treaty's history."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_first_signed_is_background(extractor: Extractor) -> None:
    text = (
        "Armenia's parliament on Tuesday ratified the treaty with Iran, long after Yerevan "
        "first signed the document."
    )
    events = extractor.extract(text).events
    signed = [e for e in events if e.stage is Stage.SIGNED]
    assert signed and all(e.modality is Modality.BACKGROUND for e in signed)
    assert any(e.stage is Stage.RATIFIED and e.modality is Modality.REPORTED for e in events)


def test_a_state_that_was_first_to_sign_is_news(extractor: Extractor) -> None:
    text = "Estonia on Monday became the first state to sign the new treaty with Finland."
    events = extractor.extract(text).events
    assert any(e.stage is Stage.SIGNED and e.modality is not Modality.BACKGROUND for e in events)
