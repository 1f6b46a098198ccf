"""Leaving a court or organisation a treaty founded is that treaty's withdrawal."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_vote_to_leave_a_treaty_court_is_a_withdrawal(extractor: Extractor) -> None:
    text = "Chile's congress voted on Monday to withdraw from the International Court of Justice."
    (event,) = extractor.extract(text).events
    assert (event.stage, event.parties, event.modality) == (
        Stage.WITHDRAWN, ("Chile",), Modality.REPORTED
    )


def test_a_lower_case_court_is_no_treaty_body(extractor: Extractor) -> None:
    text = "Chile's mining firm withdrew from the court case on Monday."
    assert extractor.extract(text).events == ()
