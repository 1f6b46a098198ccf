"""An exit a chamber approved takes the approval's tense."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_an_approved_proposal_to_withdraw_is_news(extractor: Extractor) -> None:
    text = (
        "Norway's parliament on Friday approved the government's proposal to withdraw from "
        "the arms treaty."
    )
    exits = [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]
    assert [e.modality for e in exits] == [Modality.REPORTED]


def test_an_approval_still_to_come_leaves_the_exit_planned(extractor: Extractor) -> None:
    text = (
        "Norway's parliament is expected to approve the government's proposal to withdraw "
        "from the arms treaty next month."
    )
    exits = [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]
    assert exits and all(e.modality is not Modality.REPORTED for e in exits)


def test_a_proposal_alone_stays_planned(extractor: Extractor) -> None:
    text = "Norway's government on Friday proposed to withdraw from the arms treaty."
    exits = [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]
    assert all(e.modality is not Modality.REPORTED for e in exits)
