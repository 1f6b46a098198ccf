"""Treaty stages: the stage, the acting body, parties, date, modality and what is no treaty."""

from __future__ import annotations

from typing import Any

import pytest

from bot.models import Claimant, Event, Modality, Stage
from bot.nlp import Extractor


def only(extractor: Extractor, text: str) -> Event:
    found = extractor.extract(text).events
    assert len(found) == 1, found
    return found[0]


FIELDS = ("stage", "parties", "body", "date", "modality")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The State Duma voted to ratify the treaty with North Korea on Thursday.",
         (Stage.APPROVED, ("Russia", "North Korea"), "State Duma", "Thursday",
          Modality.REPORTED)),
        ("Lawmakers in Russia's lower house voted unanimously to ratify a treaty with North Korea.",
         (Stage.APPROVED, ("Russia", "North Korea"), "lower house", None, Modality.REPORTED)),
        ("The Federation Council ratified the treaty with North Korea on Wednesday.",
         (Stage.RATIFIED, ("Russia", "North Korea"), "Federation Council", "Wednesday",
          Modality.REPORTED)),
        ("Ukraine's parliament ratified the agreement with the EU on Tuesday.",
         (Stage.RATIFIED, ("Ukraine", "EU"), "parliament", "Tuesday", Modality.REPORTED)),
        ("Putin signed the law ratifying the treaty with North Korea on Saturday.",
         (Stage.RATIFIED, ("Russia", "North Korea"), "Vladimir Putin", "Saturday",
          Modality.REPORTED)),
        ("Russia and North Korea signed the pact in 2024.",
         (Stage.SIGNED, ("Russia", "North Korea"), None, "2024", Modality.BACKGROUND)),
        ("Russia and North Korea signed the pact on Wednesday.",
         (Stage.SIGNED, ("Russia", "North Korea"), None, "Wednesday", Modality.REPORTED)),
        ("South Korea and Poland would sign a deal on K2 tanks by the end of the year.",
         (Stage.SIGNED, ("South Korea", "Poland"), None, "the end of the year",
          Modality.PLANNED)),
        ("The armistice signed in 1953 ended the fighting between North Korea and South Korea.",
         (Stage.SIGNED, ("North Korea", "South Korea"), None, "1953", Modality.BACKGROUND)),
        ("The Koreas are still at war because only the 1953 armistice was signed.",
         (Stage.SIGNED, (), None, None, Modality.BACKGROUND)),
        ("Russia suspended its participation in the New START treaty in February 2023.",
         (Stage.SUSPENDED, ("Russia",), None, "February 2023", Modality.BACKGROUND)),
        ("Seoul suspended the 2018 military agreement with Pyongyang.",
         (Stage.SUSPENDED, ("South Korea", "North Korea"), None, None, Modality.REPORTED)),
        ("The United States withdrew from the INF treaty.",
         (Stage.WITHDRAWN, ("United States",), None, None, Modality.REPORTED)),
        ("North Korea will withdraw from the pact with Russia.",
         (Stage.WITHDRAWN, ("North Korea", "Russia"), None, None, Modality.PLANNED)),
        ("The treaty between Russia and North Korea entered into force on Monday.",
         (Stage.IN_FORCE, ("Russia", "North Korea"), None, "Monday", Modality.REPORTED)),
    ],
)  # fmt: skip
def test_stages(extractor: Extractor, text: str, expected: tuple[Any, ...]) -> None:
    event = only(extractor, text)
    assert tuple(getattr(event, name) for name in FIELDS) == expected
    assert event.type == "treaty"
    assert event.sentence == text


def test_planned_upper_house_step_inherits_parties(extractor: Extractor) -> None:
    text = (
        "Russia's lower house voted to ratify a treaty with North Korea.\n"
        "The treaty is due to be fully ratified by the upper house on November 6."
    )
    approved, ratified = extractor.extract(text).events
    assert approved.stage is Stage.APPROVED
    assert (ratified.stage, ratified.body, ratified.date, ratified.modality) == (
        Stage.RATIFIED, "upper house", "November 6", Modality.PLANNED
    )  # fmt: skip
    assert ratified.parties == ("Russia", "North Korea")


def test_relative_clause_signer(extractor: Extractor) -> None:
    text = (
        "In Moscow, Vladimir Putin – who signed a defence pact with North Korean leader "
        "Kim Jong Un in June – praised the alliance."
    )
    event = only(extractor, text)
    assert (event.stage, event.parties, event.date, event.modality) == (
        Stage.SIGNED, ("Russia", "North Korea"), "June", Modality.BACKGROUND
    )  # fmt: skip
    assert text[event.start : event.end] == "signed a defence pact"


def test_they_signed_takes_the_sentence_subjects(extractor: Extractor) -> None:
    text = (
        "Moscow and Pyongyang grew closer after Russia invaded Ukraine in February 2022 "
        "and they signed a strategic partnership deal in June."
    )
    event = only(extractor, text)
    assert (event.parties, event.date, event.modality) == (
        ("Russia", "North Korea"), "June", Modality.BACKGROUND
    )  # fmt: skip


def test_claimant_of_an_event(extractor: Extractor) -> None:
    event = only(extractor, "North Korea will withdraw from the pact, KCNA reported.")
    assert event.claimant == Claimant("KCNA", ("KCNA", "North Korea"))


@pytest.mark.parametrize(
    "text",
    [
        "Chelsea signed a footballer from Brazil.",
        "The union signed a contract with the company.",
        "Hanwha Aerospace has signed a $1.64-billion deal with Poland.",
        "A trade agreement between two companies was signed on Monday.",
        "The two Koreas remain technically at war since the 1953 armistice.",
        "Putin has said the treaty included a mutual assistance clause.",
        "The club signed a striker for 20 million euros.",
    ],
)
def test_not_treaty_events(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text).events == ()
