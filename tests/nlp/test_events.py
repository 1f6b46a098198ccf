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


def test_it_after_a_reporting_capital_is_the_party(extractor: Extractor) -> None:
    e = only(extractor, "Washington announced on Friday that it had quit the Open Skies treaty.")
    assert (e.stage, e.parties) == (Stage.WITHDRAWN, ("United States",))


def test_instruments_of_ratification_are_no_new_ratification(extractor: Extractor) -> None:
    text = "The accord takes effect once Japan and India deposit their instruments of ratification."
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.IN_FORCE]


@pytest.mark.parametrize(
    "text",
    [
        "The pact between Chile and Peru is concluded for a period of 15 years.",
        "Unlike the agreement concluded with Vietnam, the treaty with Laos has no defence clause.",
        "Hanoi signs deal for 12 more jets\nVietnam's defence ministry confirmed the order.",
    ],
)
def test_a_term_an_identifying_participle_or_a_purchase_is_no_signing(
    extractor: Extractor, text: str
) -> None:
    assert [e.stage for e in extractor.extract(text).events] == []


def test_a_state_joining_an_alliance_is_ratified_like_a_treaty(extractor: Extractor) -> None:
    event = only(extractor, "Canada's parliament voted on Tuesday to ratify Finland's accession "
                            "to NATO.")  # fmt: skip
    assert (event.stage, event.parties) == (Stage.RATIFIED, ("Canada", "Finland", "NATO"))


def test_signing_the_legislation_after_a_ratification_is_the_next_step(
    extractor: Extractor,
) -> None:
    text = (
        "Chile's senate voted on Tuesday to ratify the treaty with Peru.\n"
        "The president is expected to sign the legislation next week."
    )
    _, second = extractor.extract(text).events
    assert (second.stage, second.modality) == (Stage.RATIFIED, Modality.PLANNED)


def test_a_passive_law_on_ratification_to_be_signed_is_planned(extractor: Extractor) -> None:
    text = (
        "Chile's senate ratified the treaty with Peru on Tuesday.\n"
        "The law on ratification is expected to be signed by the president in the coming days."
    )
    stages = [(e.stage, e.modality) for e in extractor.extract(text).events]
    assert stages == [(Stage.RATIFIED, Modality.REPORTED), (Stage.RATIFIED, Modality.PLANNED)]


def test_two_chambers_in_one_sentence_are_two_steps(extractor: Extractor) -> None:
    text = (
        "The pact with Mexico was ratified by the State Duma on May 2 and by the Federation "
        "Council on May 9."
    )
    found = [(e.stage, e.body, e.date, e.modality) for e in extractor.extract(text).events]
    assert found == [
        (Stage.APPROVED, "State Duma", "May 2", Modality.REPORTED),
        (Stage.RATIFIED, "Federation Council", "May 9", Modality.REPORTED),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Slovakia's parliament ratified the defence treaty with Norway on Tuesday. "
        "The ratification passed by 90 votes to 40.",
        "The accord between Chile and Peru entered into force on Monday. "
        "Officials said the entry into force opens new trade routes.",
    ],
)
def test_a_step_named_again_is_not_a_new_step(extractor: Extractor, text: str) -> None:
    assert len(extractor.extract(text).events) == 1


def test_a_step_noun_modifying_a_bill_is_news(extractor: Extractor) -> None:
    text = (
        "Slovakia's parliament ratified the defence treaty with Norway on Tuesday. "
        "The Senate then passed the ratification bill with 60 votes."
    )
    assert len(extractor.extract(text).events) == 2


def test_a_date_past_a_relative_clause_dates_the_main_clause(extractor: Extractor) -> None:
    text = (
        "Moscow withdrew from the Open Skies Treaty, which allowed surveillance flights "
        "over Europe, in December 2020."
    )
    assert only(extractor, text).modality is Modality.BACKGROUND


def test_a_response_to_a_step_in_the_treatys_history_is_history(extractor: Extractor) -> None:
    text = (
        "Moscow withdrew from the Open Skies Treaty in December 2020. "
        "Washington responded by suspending its own obligations under the treaty."
    )
    events = extractor.extract(text).events
    assert [e.modality for e in events] == [Modality.BACKGROUND, Modality.BACKGROUND]


def test_a_treaty_named_by_its_title_does_not_take_the_previous_parties(
    extractor: Extractor,
) -> None:
    text = (
        "Washington and Moscow signed a treaty on missiles in 1987. "
        "Russia later withdrew from the Treaty on Open Skies."
    )
    last = extractor.extract(text).events[-1]
    assert last.parties == ("Russia",)


def test_a_lower_house_vote_to_revoke_a_ratification_is_an_approval(
    extractor: Extractor,
) -> None:
    text = (
        "Russia's State Duma voted on Tuesday to revoke the country's ratification of the "
        "Open Skies Treaty."
    )
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.APPROVED


def test_a_single_chamber_vote_to_withdraw_stays_a_withdrawal(extractor: Extractor) -> None:
    text = "Estonia's parliament voted on Tuesday to withdraw from the convention on cluster bombs."
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.WITHDRAWN


def test_a_senate_panel_approves_rather_than_ratifies(extractor: Extractor) -> None:
    text = "A Senate panel on Monday approved the defence treaty between Australia and Japan."
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.APPROVED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A chamber that votes for a treaty approves it.
        ("The lower house voted for the agreement with Chile on Tuesday.",
         [(Stage.APPROVED, Modality.REPORTED)]),
        # "yet to" plans the step.
        ("Peru's parliament has yet to ratify the agreement with Chile.",
         [(Stage.RATIFIED, Modality.PLANNED)]),
        # Dated back from now: history.
        ("The pact between Chile and Peru entered into force two years ago.",
         [(Stage.IN_FORCE, Modality.BACKGROUND)]),
        # What stays in force is the moratorium, not the treaty.
        ("Under the decree, Russia's moratorium will remain in force until the treaty with the "
         "United States is honoured.", []),
        # A condition to wait for is planned, though "takes" reads as news.
        ("The accord between Chile and Peru must be ratified by both parliaments before it "
         "takes effect.", [(Stage.RATIFIED, Modality.PLANNED), (Stage.IN_FORCE, Modality.PLANNED)]),
    ],
)  # fmt: skip
def test_stage_cues_the_words_misread(
    extractor: Extractor, text: str, expected: list[tuple[Stage, Modality]]
) -> None:
    assert [(e.stage, e.modality) for e in extractor.extract(text).events] == expected


def test_it_stands_for_the_treaty_just_told(extractor: Extractor) -> None:
    text = (
        "Chile and Peru signed a defence pact on Monday.\n"
        "Both parliaments must approve it within 90 days, officials said."
    )
    events = extractor.extract(text).events
    assert [(e.stage, e.modality) for e in events] == [
        (Stage.SIGNED, Modality.REPORTED), (Stage.APPROVED, Modality.PLANNED)
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "that" before a treaty noun opens no clause: the date still dates the step
        ("Canada and Mexico suspended their obligations under that treaty in March 2022, "
         "after a dispute.", (Stage.SUSPENDED, ("Canada", "Mexico"), Modality.BACKGROUND)),
        # "earlier this month" dates a step before the news
        ("The pact between Chile and Peru took effect earlier this month.",
         (Stage.IN_FORCE, ("Chile", "Peru"), Modality.BACKGROUND)),
        # the state leading a bloc is no party to a member's step
        ("Belarus has suspended its participation in the Russia-led Collective Security "
         "Treaty Organization.", (Stage.SUSPENDED, ("Belarus",), Modality.REPORTED)),
        # a clause opened by "as" tells the circumstance, not the parties
        ("Brazil ratifies trade pact with Argentina as Uruguayan farmers protest\nMore below.",
         (Stage.RATIFIED, ("Brazil", "Argentina"), Modality.REPORTED)),
    ],
)
def test_step_scope_parties_and_time(
    extractor: Extractor, text: str, expected: tuple[Stage, tuple[str, ...], Modality]
) -> None:
    event = only(extractor, text)
    assert (event.stage, event.parties, event.modality) == expected


def test_the_step_a_later_one_follows_is_background(extractor: Extractor) -> None:
    text = (
        "Chile's Senate backed the fisheries pact with Peru on Thursday, following its "
        "approval by the Chamber of Deputies on March 3."
    )
    approved = [e for e in extractor.extract(text).events if e.stage is Stage.APPROVED]
    assert approved and all(e.modality is Modality.BACKGROUND for e in approved)


def test_a_step_named_as_the_subject_of_a_future_verb_is_planned(extractor: Extractor) -> None:
    text = "Chile's withdrawal from the fisheries pact with Peru will take effect in a year."
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.WITHDRAWN, Modality.PLANNED)


def test_signing_a_law_on_denunciation_is_the_withdrawal(extractor: Extractor) -> None:
    text = (
        "Chile's president signed the law on the denunciation of the fisheries agreement "
        "with Peru on Monday."
    )
    (event,) = extractor.extract(text).events
    assert (event.stage, event.parties) == (Stage.WITHDRAWN, ("Chile", "Peru"))


def test_signing_laws_on_ratification_ratifies(extractor: Extractor) -> None:
    text = "Chile's president signed laws on the ratification of a trade agreement with Peru."
    stages = {e.stage for e in extractor.extract(text).events}
    assert stages == {Stage.RATIFIED}


def test_a_vote_the_news_came_before_is_done(extractor: Extractor) -> None:
    text = (
        "The talks ended hours before Hungary's parliament voted to ratify the defence "
        "treaty with Serbia."
    )
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.REPORTED


def test_a_vote_still_to_come_after_before_is_planned(extractor: Extractor) -> None:
    text = "The talks must end before Hungary's parliament votes to ratify the treaty with Serbia."
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.PLANNED


def test_the_heads_signing_after_a_chamber_vote_is_a_planned_ratification(
    extractor: Extractor,
) -> None:
    text = (
        "The State Duma endorsed the agreement with Belarus on Tuesday, and Vladimir Putin is "
        "expected to sign the law next week."
    )
    steps = [(e.stage, e.modality) for e in extractor.extract(text).events]
    assert steps == [(Stage.APPROVED, Modality.REPORTED), (Stage.RATIFIED, Modality.PLANNED)]


def test_signing_a_protocol_on_the_exchange_is_no_signing(extractor: Extractor) -> None:
    text = (
        "The treaty between Norway and Chile entered into force in Oslo on Friday. Norway and "
        "Chile signed a protocol on the exchange of ratification papers."
    )
    assert [e.stage for e in extractor.extract(text).events] == [Stage.IN_FORCE]
    other = "Norway and Chile signed a protocol on fisheries cooperation."
    assert [e.stage for e in extractor.extract(other).events] == [Stage.SIGNED]


def test_a_signing_on_a_day_of_last_year_is_history(extractor: Extractor) -> None:
    text = "Chile and Peru signed the treaty in Lima on March 3 last year."
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.BACKGROUND


def test_signing_a_countrys_ratification_law_is_no_treaty_signing(extractor: Extractor) -> None:
    text = (
        "Armenia's parliament approved the treaty with Iran on Tuesday. "
        "President Vahagn Khachaturyan signed his country's ratification law on Friday."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert Stage.SIGNED not in stages


def test_neither_side_having_signed_is_no_signing(extractor: Extractor) -> None:
    text = (
        "Kenya and Uganda proposed a water treaty between Sudan and South Sudan last month, "
        "but neither country has signed it."
    )
    assert not [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]


def test_a_state_backed_militia_votes_no_approval(extractor: Extractor) -> None:
    text = "A ceasefire between Sudan and the Iran-backed militia took effect on Monday."
    events = extractor.extract(text).events
    assert [e.stage for e in events] == [Stage.IN_FORCE]


def test_a_parliament_that_backed_the_treaty_approved_it(extractor: Extractor) -> None:
    text = "Chile's lower house backed the fisheries treaty with Peru on Tuesday."
    events = extractor.extract(text).events
    assert [e.stage for e in events] == [Stage.APPROVED]


def test_a_vote_on_the_treaty_in_a_month_is_planned(extractor: Extractor) -> None:
    text = (
        "Kenya's National Assembly approved a water treaty with Uganda on Monday. The Senate "
        "is expected to vote on the treaty in April."
    )
    events = extractor.extract(text).events
    planned = [(e.stage, set(e.parties)) for e in events if e.modality is Modality.PLANNED]
    assert planned == [(Stage.RATIFIED, {"Kenya", "Uganda"})]


def test_a_treatys_terms_for_one_state_are_its_step(extractor: Extractor) -> None:
    text = (
        "Under the convention's terms, it will enter into force for Chile 90 days after the "
        "instrument of ratification is deposited."
    )
    events = extractor.extract(text).events
    assert [(e.stage, e.parties, e.modality) for e in events] == [
        (Stage.IN_FORCE, ("Chile",), Modality.PLANNED)
    ]


def test_a_treatys_terms_in_general_stay_no_step(extractor: Extractor) -> None:
    text = "Under its terms, the convention takes effect 90 days after the 40th ratification."
    assert not extractor.extract(text).events


def test_a_treaty_that_passed_a_test_was_not_voted_on(extractor: Extractor) -> None:
    text = (
        "Lukashenko wrote that the defence treaty between Belarus and Russia had passed the "
        "test of time."
    )
    assert not [e for e in extractor.extract(text).events if e.stage is Stage.APPROVED]


def test_a_parliament_that_passed_a_treaty_took_a_step(extractor: Extractor) -> None:
    text = "Belarus's parliament passed the defence treaty with Russia on Tuesday."
    assert extractor.extract(text).events


@pytest.mark.parametrize(
    "text",
    [
        "The ministry recalls what the border treaty between Chile and Peru says and how it "
        "was ratified.",
        "The ambassador recalled how Chile and Peru had ratified the border treaty.",
    ],
)
def test_a_source_recalling_how_a_step_went_tells_history(
    extractor: Extractor, text: str
) -> None:
    assert [e.modality for e in extractor.extract(text).events] == [Modality.BACKGROUND]


def test_recalling_an_envoy_leaves_the_ratification_news(extractor: Extractor) -> None:
    text = (
        "Chile ratified the border treaty with Bolivia on Monday and recalled its envoy "
        "from Peru."
    )
    assert [e.modality for e in extractor.extract(text).events] == [Modality.REPORTED]
