"""A step taken "at the same meeting" as an older one is as old (`bot.nlp.same_occasions`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _signings(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events if e.stage is Stage.SIGNED]


def test_a_signing_at_the_same_old_meeting_is_history(extractor: Extractor) -> None:
    text = (
        "PARIS, May 20 (Wire) - The French Senate on Tuesday ratified a security pact with "
        "Morocco. The pact, signed in Rabat in December, now goes to the president. "
        "He would then sign it into law. "
        "A separate defence treaty signed at the same meeting is still awaiting a vote."
    )
    assert _signings(extractor, text)[-1] is Modality.BACKGROUND


def test_with_no_step_told_before_the_signing_keeps_its_reading(extractor: Extractor) -> None:
    text = "A separate defence treaty signed at the same meeting has not yet gone to parliament."
    assert _signings(extractor, text) == [Modality.REPORTED]


def test_on_the_same_day_is_no_gathering_to_point_back_at(extractor: Extractor) -> None:
    text = (
        "RABAT, May 20 (Wire) - A security pact between France and Morocco took effect on "
        "Monday. It was signed in Paris in 2023. On the same day, a health accord between "
        "France and Morocco was signed in Rabat."
    )
    found = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert found[-1].modality is Modality.REPORTED
