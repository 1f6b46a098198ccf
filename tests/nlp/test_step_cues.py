"""Stage cues corrected by the words around them (`bot.nlp.step_cues`)."""

from __future__ import annotations

import pytest

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_signing_dated_a_year_ago_past_its_object_and_place_is_history(
    extractor: Extractor,
) -> None:
    text = (
        "When the presidents of Chile and Peru signed their new fisheries treaty in Lima two "
        "years ago this month, few expected it to last."
    )
    [event] = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert event.modality is Modality.BACKGROUND


def test_an_ago_in_another_clause_leaves_the_signing_news(extractor: Extractor) -> None:
    text = (
        "Chile and Peru signed a fisheries treaty in Lima on Monday, which ends a dispute that "
        "began two years ago."
    )
    [event] = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert event.modality is Modality.REPORTED


def test_a_chamber_voting_through_a_treaty_approves_it(extractor: Extractor) -> None:
    text = "Poland's lower house voted through a border treaty with Lithuania on Thursday."
    events = extractor.extract(text).events
    assert [(e.stage, set(e.parties)) for e in events] == [
        (Stage.APPROVED, {"Poland", "Lithuania"})
    ]


def test_voting_through_the_night_is_no_vote_for_a_treaty(extractor: Extractor) -> None:
    text = "Poland's lower house voted through the night on a budget and a border treaty."
    assert not extractor.extract(text).events


@pytest.mark.parametrize(
    "text",
    [
        "One year ago today, the treaty between Armenia and Azerbaijan entered into force.",
        "Two years ago, the treaty between Armenia and Azerbaijan entered into force.",
        # The anniversary's week or month between "ago" and the comma.
        "A year ago this week, Armenia and Azerbaijan signed their border treaty.",
        "Two years ago this month, the treaty between Armenia and Azerbaijan took effect.",
    ],
)
def test_a_step_an_opening_ago_dates_is_history(extractor: Extractor, text: str) -> None:
    assert [e.modality for e in extractor.extract(text).events] == [Modality.BACKGROUND]


def test_a_step_hours_ago_stays_news(extractor: Extractor) -> None:
    text = "Hours ago, the treaty between Armenia and Azerbaijan entered into force."
    assert [e.modality for e in extractor.extract(text).events] == [Modality.REPORTED]


def test_a_step_hours_ago_this_week_stays_news(extractor: Extractor) -> None:
    text = "Hours ago this week, Armenia and Azerbaijan signed their border treaty."
    assert [e.modality for e in extractor.extract(text).events] == [Modality.REPORTED]


# A step told of "it" alone, right after a treaty step: the sentence has no treaty noun, yet
# it is read, and the "it" carries the treaty's parties.
def test_an_upper_house_due_to_ratify_it_plans_the_treaty_step(extractor: Extractor) -> None:
    text = (
        "Kazakhstan's lower house approved a border treaty with Uzbekistan on Monday. The "
        "Senate is expected to ratify it next month."
    )
    _approved, ratified = extractor.extract(text).events
    assert ratified.stage is Stage.RATIFIED and ratified.modality is Modality.PLANNED
    assert set(ratified.parties) == {"Kazakhstan", "Uzbekistan"}


def test_a_law_going_to_the_president_for_signature_plans_ratification(
    extractor: Extractor,
) -> None:
    text = (
        "Kazakhstan's Senate ratified a border treaty with Uzbekistan on Monday. It now goes "
        "to the president for his signature."
    )
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [
        (Stage.RATIFIED, Modality.REPORTED), (Stage.RATIFIED, Modality.PLANNED)
    ]


def test_a_signature_without_a_step_before_is_no_step(extractor: Extractor) -> None:
    text = "Kazakhstan's president hosted a dinner. It ended with his signature on a menu."
    assert extractor.extract(text).events == ()


def test_a_signing_named_before_a_modal_is_still_to_come(extractor: Extractor) -> None:
    text = "Chile and Peru agree fisheries treaty text; signing must wait for new census"
    [event] = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert event.modality is Modality.PLANNED


def test_a_ratification_that_could_take_months_is_planned(extractor: Extractor) -> None:
    text = (
        "Chile and Peru signed the fisheries treaty on Monday; "
        "its ratification could take months."
    )
    events = extractor.extract(text).events
    assert [e.modality for e in events if e.stage is Stage.RATIFIED] == [Modality.PLANNED]


def test_a_step_that_cannot_be_undone_is_no_plan(extractor: Extractor) -> None:
    # "can" is left out of the modals: "cannot be undone" is told of a step taken.
    text = (
        "Ecuador's withdrawal from the fisheries treaty with Peru cannot be undone, "
        "officials said."
    )
    [event] = [e for e in extractor.extract(text).events if e.stage is Stage.WITHDRAWN]
    assert event.modality is not Modality.PLANNED


@pytest.mark.parametrize(
    "text",
    [
        "ASTANA, June 3 - /Wire/. Two years ago, the presidents of Armenia and Azerbaijan "
        "signed a border treaty in Almaty.",
        "BAKU, June 3 - Exactly a year ago, the treaty between Armenia and Azerbaijan entered "
        "into force.",
    ],
)
def test_an_opening_ago_after_a_dateline_dates_the_step(extractor: Extractor, text: str) -> None:
    assert [e.modality for e in extractor.extract(text).events] == [Modality.BACKGROUND]


def test_hours_ago_after_a_dateline_stays_news(extractor: Extractor) -> None:
    text = (
        "BAKU, May 3 - /Wire/. Hours ago, the treaty between Armenia and Azerbaijan entered "
        "into force."
    )
    assert [e.modality for e in extractor.extract(text).events] == [Modality.REPORTED]
