"""What a voted treaty still needs is the rest of its ratification, planned."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_needed_senate_approval_and_signature_are_planned(extractor: Extractor) -> None:
    text = (
        "Romania's lower house on Tuesday approved the defence treaty with Moldova. "
        "The accord still requires the approval of the Senate and the signature of the "
        "president."
    )
    events = extractor.extract(text).events
    planned = [e for e in events if e.stage is Stage.RATIFIED]
    assert len(planned) == 2
    assert all(e.modality is Modality.PLANNED for e in planned)


def test_needs_without_a_vote_before_plans_nothing(extractor: Extractor) -> None:
    text = "The budget still requires the approval of the Senate, the minister said."
    assert extractor.extract(text).events == ()


def test_a_law_that_needs_the_presidents_signature_plans_it(extractor: Extractor) -> None:
    text = (
        "Moldova's parliament on Thursday ratified the Rome Statute. Moldova signed the "
        "statute in 2000, but the process stalled for years. The law now needs the signature "
        "of the president."
    )
    events = extractor.extract(text).events
    planned = [e for e in events if e.modality is Modality.PLANNED]
    assert [e.stage for e in planned] == [Stage.RATIFIED]
