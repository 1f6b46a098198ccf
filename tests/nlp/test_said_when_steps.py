"""A step told as the time of a past saying is history (`bot.nlp.said_when_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_said_when_the_pact_was_signed_is_history(extractor: Extractor) -> None:
    text = (
        "Norway's foreign minister warned when the fisheries agreement with Iceland was "
        "signed that quotas would fall."
    )
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.SIGNED and event.modality is Modality.BACKGROUND


def test_a_when_clause_without_a_saying_keeps_the_step_news(extractor: Extractor) -> None:
    text = (
        "Norway signed a fisheries agreement with Iceland on Tuesday when the two prime "
        "ministers met in Oslo."
    )
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.SIGNED and event.modality is Modality.REPORTED
