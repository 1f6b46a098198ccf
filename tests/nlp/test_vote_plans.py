"""A vote still to come and a step after "if" are planned."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_vote_still_to_come_is_planned(extractor: Extractor) -> None:
    text = (
        "Armenia's parliament will vote next week on ratifying a border treaty with Georgia, "
        "its speaker said on Friday."
    )
    events = extractor.extract(text).events
    assert events
    assert all(e.modality is Modality.PLANNED for e in events)


def test_a_step_after_if_is_planned(extractor: Extractor) -> None:
    text = (
        "Poland's senate ratified a defence pact with Lithuania on Monday. "
        "If the president approves it, the document will be published in the official journal."
    )
    events = extractor.extract(text).events
    assert [e.stage for e in events if e.modality is Modality.REPORTED] == [Stage.RATIFIED]
