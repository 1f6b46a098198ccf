"""When a step is told: done, planned or history (`bot.nlp.step_time`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_a_step_in_the_past_tense_after_an_infinitive_is_done(extractor: Extractor) -> None:
    text = "A pact binding Chile and Peru to share fishing data took effect on Friday."
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.IN_FORCE, Modality.REPORTED)


def test_a_step_to_come_after_an_infinitive_is_planned(extractor: Extractor) -> None:
    (event,) = extractor.extract("Chile and Peru agreed to ratify the fishing pact.").events
    assert event.modality is Modality.PLANNED


def test_a_treaty_that_should_be_signed_is_planned(extractor: Extractor) -> None:
    text = (
        "Talks between Armenia and Azerbaijan are complete and the peace treaty should be "
        "signed within weeks, the foreign minister said."
    )
    signed = [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
    assert [e.modality for e in signed] == [Modality.PLANNED]


def test_that_month_points_back_and_makes_the_step_history(extractor: Extractor) -> None:
    text = (
        "LIMA, May 20 (Agency) - Officials met.\n"
        "The fisheries treaty, which Chile and Peru signed in March 2023 and which came into "
        "force that October, was cited by both sides."
    )
    stages = {e.stage: e.modality for e in extractor.extract(text).events}
    assert stages[Stage.IN_FORCE] is Modality.BACKGROUND


def test_that_month_as_a_modifier_leaves_the_step_alone(extractor: Extractor) -> None:
    text = (
        "LIMA, May 20 (Agency) - Officials met.\n"
        "The fisheries treaty between Chile and Peru came into force on Monday, a step that "
        "March talks had prepared."
    )
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.IN_FORCE, Modality.REPORTED)


_DATELINE = "ANKARA, Dec. 3 (Agency) -- Ties keep growing.\n"


def test_next_week_of_the_first_clause_does_not_time_the_joined_one(
    extractor: Extractor,
) -> None:
    text = _DATELINE + (
        "Parliament is due to ratify a customs agreement with Azerbaijan next week, and the "
        "two governments signed a protocol on energy cooperation in Baku in September."
    )
    signed = [e for e in extractor.extract(text).events if e.stage.value == "signed"]
    assert signed and signed[0].modality is Modality.BACKGROUND


def test_appositive_before_signed_is_the_subjects_verb(extractor: Extractor) -> None:
    text = (
        "On Monday, Turkey's foreign minister and his Azerbaijani counterpart, Ali Aliyev, "
        "signed an intergovernmental agreement on energy cooperation."
    )
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.REPORTED


def test_participle_after_a_comma_still_describes_the_treaty(extractor: Extractor) -> None:
    # Near miss: ", signed in" takes no object, so it tells the treaty's history.
    text = "The pact between Turkey and Azerbaijan, signed in Baku in June, covers energy."
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.BACKGROUND


def test_a_step_that_autumn_is_history(extractor: Extractor) -> None:
    # "that" before a season points back at a time told; it opens no relative clause.
    text = (
        "Pundits still say the Storting ratified the fisheries treaty with Iceland that "
        "autumn, but the king signed it only later."
    )
    first = extractor.extract(text).events[0]
    assert first.stage is Stage.RATIFIED and first.modality is Modality.BACKGROUND
