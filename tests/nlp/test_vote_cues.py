"""A future vote on a treaty is its planned step (`bot.nlp.vote_cues`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_parliament_expected_to_vote_on_membership_plans_ratification(
    extractor: Extractor,
) -> None:
    text = "Croatia's parliament is expected to vote on Montenegro's membership next week."
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [(Stage.RATIFIED, Modality.PLANNED)]


def test_a_senate_that_will_vote_on_a_treaty_plans_it(extractor: Extractor) -> None:
    text = "Chile's Senate will vote on the fisheries treaty with Peru in March."
    events = extractor.extract(text).events
    assert [e.modality for e in events] == [Modality.PLANNED]


def test_shareholders_voting_on_a_merger_are_no_treaty(extractor: Extractor) -> None:
    text = "Shareholders of Vantor will vote on the merger agreement with Kestrel next week."
    assert extractor.extract(text).events == ()
