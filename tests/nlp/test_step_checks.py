"""Stage words that tell no treaty step, and steps that wait on a condition
(`bot.nlp.step_checks`)."""

from __future__ import annotations

import pytest

from bot.models import Modality, Stage
from bot.nlp import Extractor


@pytest.mark.parametrize(
    "text",
    [
        # a negated stage noun
        "Moscow said Tbilisi had never filed a formal notice of withdrawal from the treaty.",
        # a process under way
        "Ankara said the ratification process for the accord with Greece was moving ahead.",
        # a priced agreement is a business deal
        "Stockholders of Baltic Freight on Monday ratified the board's $120 million agreement "
        "with a Danish buyer.",
        # people who are no state
        "About 200 residents signed a letter opposing the accord between Austria and Hungary.",
        # a treaty put before a chamber
        "The government sent the treaty with Japan to parliament for ratification in March.",
        # a count of ratifications
        "The pact on river fishing nears its ratification threshold.",
        # a provision of the treaty
        "Under the treaty, it enters into force 90 days after the tenth ratification.",
    ],
)
def test_no_step(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text).events == ()


def test_a_completed_process_is_a_step(extractor: Extractor) -> None:
    text = "Ankara completed the ratification process for the accord with Greece on Friday."
    [event] = extractor.extract(text).events
    assert (event.stage, event.parties) == (Stage.RATIFIED, ("Turkey", "Greece"))


@pytest.mark.parametrize(
    "text",
    [
        "Latvia's exit from the Ottawa Convention took effect on Friday.",
        "Poland's withdrawal from the convention, which bans cluster bombs, took effect on "
        "Friday.",
    ],
)
def test_a_leaving_that_takes_effect_is_a_withdrawal(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [(Stage.WITHDRAWN, Modality.REPORTED)]


def test_a_step_after_once_is_planned(extractor: Extractor) -> None:
    text = "The deal will be published once the president of Chile signs the treaty with Peru."
    [event] = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.SIGNED, Modality.PLANNED)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The Senate foreign affairs committee has recommended that the chamber ratify the "
         "treaty with Chile.", Modality.REPORTED),
        ("The strike followed a vote a week ago in the Senate to ratify the accord with Chile.",
         Modality.BACKGROUND),
    ],
)
def test_a_recommended_or_past_vote_is_no_plan(
    extractor: Extractor, text: str, expected: Modality
) -> None:
    [event] = extractor.extract(text).events
    assert event.modality is expected


def test_a_step_after_after_in_a_dated_sentence_is_older(extractor: Extractor) -> None:
    text = (
        "Sweden suspended its obligations under the accord in May 2021, shortly after "
        "Norway's withdrawal from it."
    )
    found = [(e.stage, e.modality) for e in extractor.extract(text).events]
    assert found == [
        (Stage.SUSPENDED, Modality.BACKGROUND),
        (Stage.WITHDRAWN, Modality.BACKGROUND),
    ]


def test_signing_up_partners_is_no_step(extractor: Extractor) -> None:
    text = "As old arms accords fade, Turkey signs up new partners for its drone programme."
    assert extractor.extract(text).events == ()


def test_exchanged_ratification_papers_are_no_ratification(extractor: Extractor) -> None:
    text = "Georgia and Armenia exchanged ratification documents for their border treaty."
    assert all(e.stage is not Stage.RATIFIED for e in extractor.extract(text).events)


def test_concluding_talks_on_an_agreement_signs_nothing(extractor: Extractor) -> None:
    text = "Romania has concluded talks with Germany on a defence agreement, the minister said."
    assert extractor.extract(text).events == ()


def test_a_concluded_treaty_is_still_signed(extractor: Extractor) -> None:
    text = "Romania concluded a defence treaty with South Korea in Seoul on Tuesday."
    assert [e.stage for e in extractor.extract(text).events] == [Stage.SIGNED]


def test_approving_a_leaving_is_the_withdrawal_only(extractor: Extractor) -> None:
    text = (
        "Estonia's parliament voted on Monday to withdraw from the Ottawa Convention, the "
        "second state to approve leaving the treaty."
    )
    assert [e.stage for e in extractor.extract(text).events] == [Stage.WITHDRAWN]


def test_a_provision_on_when_the_treaty_takes_effect_plans_it(extractor: Extractor) -> None:
    text = "The accord enters into force on the day the last instrument is deposited."
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.IN_FORCE, Modality.PLANNED)


def test_taking_effect_from_the_day_of_a_later_act_plans_it(extractor: Extractor) -> None:
    text = (
        "The ratification papers will be swapped next month, and the accord takes effect "
        "from the date of that swap."
    )
    (event,) = [e for e in extractor.extract(text).events if e.stage is Stage.IN_FORCE]
    assert event.modality is Modality.PLANNED


def test_taking_effect_from_a_weekday_stays_news(extractor: Extractor) -> None:
    (event,) = extractor.extract("The accord takes effect from Monday, the ministry said.").events
    assert event.modality is Modality.REPORTED


def test_taking_effect_on_a_weekday_stays_news(extractor: Extractor) -> None:
    (event,) = extractor.extract("The accord takes effect on Monday, the ministry said.").events
    assert event.modality is Modality.REPORTED


def test_a_capitalised_group_word_is_part_of_a_name(extractor: Extractor) -> None:
    # "the Workers' Party": the word names a party in a title, not workers signing.
    text = (
        "In Beijing, Xi Jinping and Kim Jong Un, General Secretary of the Workers' Party of "
        "Korea, signed a trade treaty on Friday."
    )
    assert [e.stage for e in extractor.extract(text).events] == [Stage.SIGNED]


def test_lower_case_workers_signing_are_no_state(extractor: Extractor) -> None:
    text = "In Beijing, some 300 workers signed a letter backing the treaty with North Korea."
    assert not any(e.stage is Stage.SIGNED for e in extractor.extract(text).events)
