"""An agency's recap of earlier reports and a relative clause recalling a done step are
background, not news."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_recap_of_earlier_reports_is_background(extractor: Extractor) -> None:
    text = (
        "As our agency reported previously, on March 3 the Sejm adopted the law on "
        "ratification of the defence treaty between Poland and Lithuania."
    )
    events = extractor.extract(text).events
    assert events and all(e.modality is Modality.BACKGROUND for e in events)


def test_as_reported_by_a_source_is_no_recap(extractor: Extractor) -> None:
    text = "As reported by local media, the parliament of Chile ratified the treaty with Peru."
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.REPORTED


def test_perfect_step_in_a_relative_clause_is_background(extractor: Extractor) -> None:
    text = (
        "She said the defence treaty between Chile and Peru, which has been ratified by both "
        "parliaments, gives a firm basis for joint exercises."
    )
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.RATIFIED
    assert event.modality is Modality.BACKGROUND


def test_relative_clause_dating_the_law_makes_its_passage_background(
    extractor: Extractor,
) -> None:
    text = (
        "WARSAW, May 20 (Wire) - The Polish Senate on Tuesday approved a defence treaty with "
        "Lithuania.\nEvery senator present backed the ratification law, which the Sejm passed "
        "last month."
    )
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [
        (Stage.RATIFIED, Modality.REPORTED),
        (Stage.APPROVED, Modality.BACKGROUND),
    ]


def test_a_translated_reminder_opening_is_background(extractor: Extractor) -> None:
    text = (
        "Let us remind that the parliament of Chile ratified the defence treaty with Peru."
    )
    events = extractor.extract(text).events
    assert events and all(e.modality is Modality.BACKGROUND for e in events)


def test_we_recall_the_vote_is_no_reminder(extractor: Extractor) -> None:
    text = "We recall the envoys as the parliament of Chile ratified the treaty with Peru."
    events = extractor.extract(text).events
    assert events and all(e.modality is Modality.REPORTED for e in events)
