"""A step framed by "comes as X completes ..." is still under way: planned, not done
(`bot.nlp.ongoing_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_comes_as_a_state_completes_ratification_is_planned(extractor: Extractor) -> None:
    text = "The visit comes as Japan completes ratification of its defence pact with Australia."
    (e,) = extractor.extract(text).events
    assert e.stage is Stage.RATIFIED
    assert e.modality is Modality.PLANNED


def test_a_completed_ratification_stays_reported(extractor: Extractor) -> None:
    text = "Japan completed ratification of its defence pact with Australia on Monday."
    (e,) = extractor.extract(text).events
    assert e.stage is Stage.RATIFIED
    assert e.modality is Modality.REPORTED
