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


def test_an_if_inside_the_treaty_terms_does_not_plan_its_entry(extractor: Extractor) -> None:
    text = (
        "A pact obliging Armenia and Georgia to aid each other if one is invaded came into "
        "force on Monday, officials said."
    )
    (e,) = [e for e in extractor.extract(text).events if e.stage is Stage.IN_FORCE]
    assert e.modality is Modality.REPORTED


def test_a_step_waiting_on_if_with_its_own_verb_stays_planned(extractor: Extractor) -> None:
    text = "If the pact is approved by both chambers, it comes into force next month."
    (e,) = [e for e in extractor.extract(text).events if e.stage is Stage.IN_FORCE]
    assert e.modality is Modality.PLANNED
