"""Figures a reader files as history or as plans: the level a change is measured from, an
estimate its source has since updated, the event a piece of news follows; trajectories,
hopes, what a decree orders or a budget sets aside. Also restated estimates with no unit
noun, the speaker behind a relayed figure, intransitive deaths and named chambers."""

from __future__ import annotations

import pytest

from bot.models import Modality, Stage
from bot.nlp import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "Exports climbed to 4,000 tonnes, up from roughly 3,100 tonnes a year before.",
        "The harvest had fallen from 900 tonnes in spring.",
    ],
)
def test_the_level_a_change_starts_from_is_background(extractor: Extractor, text: str) -> None:
    q = extractor.extract(text).quantities[-1]
    assert q.modality is Modality.BACKGROUND


@pytest.mark.parametrize(
    "text",
    [
        "The plant is on course to build about 900 trucks a month by June.",
        "Officials said they hope to build 5,000 drones by the spring.",
        "The navy aimed to be able to field up to 40 frigates.",
        "The governor signed a decree calling up 8,000 reservists for training in spring.",
        "Lawmakers passed the budget, which allocates 2 billion euros to the army.",
    ],
)
def test_trajectories_hopes_and_provisions_are_planned(extractor: Extractor, text: str) -> None:
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_a_cabinet_that_allocated_money_did_it(extractor: Extractor) -> None:
    (q,) = extractor.extract("The cabinet allocated 2 billion euros to the army.").quantities
    assert q.modality is Modality.REPORTED


def test_the_event_a_story_follows_is_background(extractor: Extractor) -> None:
    text = "The warning comes after rebels launched 120 rockets at the port."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND
    (q,) = extractor.extract("The vote came after about six hours of debate.").quantities
    assert q.modality is Modality.REPORTED


def test_a_date_inside_a_closed_relative_clause_dates_only_that_clause(
    extractor: Extractor,
) -> None:
    text = "The flood, which hit the valley in May 2021, has displaced more than 40,000 people."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_an_estimate_now_given_replaces_the_same_sources_earlier_ones(
    extractor: Extractor,
) -> None:
    text = (
        "The ministry first said Poland had sent 800 troops to the border. "
        "Days later the ministry raised its figure to 950. "
        "The ministry now says Poland has sent 1,200 troops."
    )
    quantities = extractor.extract(text).quantities
    assert [(q.value, q.measure, q.modality) for q in quantities] == [
        (800, "troop", Modality.BACKGROUND),
        (950, "troop", Modality.BACKGROUND),
        (1200, "troop", Modality.REPORTED),
    ]


def test_a_rate_told_now_leaves_the_sources_earlier_counts_alone(
    extractor: Extractor,
) -> None:
    text = (
        "Estonia's army said Russia fired 400 rockets at the town on Monday. "
        "Estonia's army said Russia now makes about 1,500 rockets a month."
    )
    first = extractor.extract(text).quantities[0]
    assert (first.value, first.modality) == (400, Modality.REPORTED)


def test_a_speaker_outranks_those_who_relay_the_figure(extractor: Extractor) -> None:
    text = (
        "The ministry told a closed session that Poland had sent 1,200 troops, according to "
        "diplomats who attended."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "The ministry"


def test_people_who_died_are_casualties(extractor: Extractor) -> None:
    (q,) = extractor.extract("More than 300 people died in the floods.").quantities
    assert (q.value, q.measure) == (300, "casualty")


def test_a_lower_house_approving_a_ratification_is_an_approval(extractor: Extractor) -> None:
    text = "The Bundestag approved the ratification of the treaty between Germany and Chile."
    stages = {e.stage for e in extractor.extract(text).events}
    assert stages == {Stage.APPROVED}


def test_a_briefing_answer_speaks_for_the_host_institution(extractor: Extractor) -> None:
    text = (
        "Department of State Press Briefing\n"
        "Q: Reports say 4,000 soldiers have crossed. Can you confirm?\n"
        "A: I can't confirm that. What I can say is that about 2,500 soldiers have crossed "
        "the border, by our count.\n"
    )
    q = next(q for q in extractor.extract(text).quantities if q.value == 2500)
    assert q.claimant is not None and q.claimant.name == "State Department"


def test_a_cleft_names_no_claimant(extractor: Extractor) -> None:
    text = "What I can tell you is that about 2,500 soldiers have crossed the border."
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None


def test_a_report_published_by_a_body_is_that_bodys_claim(extractor: Extractor) -> None:
    text = (
        "Output reached 300 drones a month, according to a report published on Tuesday by "
        "the Institute for Drone Studies."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "the Institute for Drone Studies"


def test_the_place_of_a_signing_is_no_party(extractor: Extractor) -> None:
    text = "Chile and Peru signed a fisheries accord in Brussels on Tuesday."
    (event,) = extractor.extract(text).events
    assert set(event.parties) == {"Chile", "Peru"}


def test_a_namesake_of_a_known_person_is_no_mention(extractor: Extractor) -> None:
    text = "Duda double wins it. Midfielder Marek Duda scored twice as the club won 3-0."
    assert not extractor.extract(text).mentions
    kept = extractor.extract("President Duda met the visiting delegation in Warsaw.")
    assert "Andrzej Duda" in {m.entity for m in kept.mentions}


def test_a_currency_named_by_its_country_is_no_mention(extractor: Extractor) -> None:
    text = "Trade between the two countries reached 2.1 billion US dollars last year."
    assert not extractor.extract(text).mentions


def test_a_sum_restated_in_another_currency_shares_its_modality(extractor: Extractor) -> None:
    text = "The defence budget for next year is 4 trillion yen, or roughly $27 billion."
    modalities = [q.modality for q in extractor.extract(text).quantities]
    assert modalities == [Modality.PLANNED, Modality.PLANNED]
    text = "Parliament passed a budget which allocates 90 billion rubles ($1 billion) to roads."
    modalities = [q.modality for q in extractor.extract(text).quantities]
    assert modalities == [Modality.PLANNED, Modality.PLANNED]
