"""A motion to ratify that a chamber passed is the ratification (`bot.nlp.passed_motions`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_passed_motion_to_ratify_is_news(extractor: Extractor) -> None:
    text = (
        "The parliament of Estonia on Tuesday passed a motion to ratify an agreement with "
        "Latvia on the joint purchase of air defence systems."
    )
    ratified = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert [e.modality for e in ratified] == [Modality.REPORTED]


def test_a_motion_still_to_pass_stays_planned(extractor: Extractor) -> None:
    text = (
        "The parliament of Estonia is expected to pass a motion to ratify an agreement with "
        "Latvia on the joint purchase of air defence systems next week."
    )
    ratified = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert [e.modality for e in ratified] == [Modality.PLANNED]
