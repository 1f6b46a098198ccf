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
    ],
)
def test_a_step_an_opening_ago_dates_is_history(extractor: Extractor, text: str) -> None:
    assert [e.modality for e in extractor.extract(text).events] == [Modality.BACKGROUND]


def test_a_step_hours_ago_stays_news(extractor: Extractor) -> None:
    text = "Hours ago, the treaty between Armenia and Azerbaijan entered into force."
    assert [e.modality for e in extractor.extract(text).events] == [Modality.REPORTED]
