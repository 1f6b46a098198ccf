"""Done, planned or history: intents and orders, an army growing to a size, "Earlier,"
openings, steps dated well before the dateline, headlines in the present tense, stage nouns
and words that stand for the treaty of the previous sentence."""

from __future__ import annotations

import pytest

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_an_order_to_grow_plans_the_figures(extractor: Extractor) -> None:
    text = (
        "Putin ordered the army to grow by 180,000 troops to 1.5 million active servicemen, "
        "the Kremlin said."
    )
    growth, size = extractor.extract(text).quantities
    assert (growth.value, growth.modality, growth.whole_force) == (180_000, Modality.PLANNED,
                                                                    False)  # fmt: skip
    assert (size.value, size.modality, size.whole_force) == (1_500_000, Modality.PLANNED, True)


def test_an_agreement_to_buy_plans_the_price_too(extractor: Extractor) -> None:
    text = "Germany agreed to buy four more Patriot systems for about 1.3 billion euros."
    systems, price = extractor.extract(text).quantities
    assert systems.modality is price.modality is Modality.PLANNED
    assert price.category == "deal"


def test_travel_to_a_place_is_no_intent(extractor: Extractor) -> None:
    q = extractor.extract("Kim travelled to Russia where 3,000 troops paraded.").quantities[0]
    assert q.modality is Modality.REPORTED


def test_the_seller_is_not_the_buyer(extractor: Extractor) -> None:
    q = extractor.extract("Tokyo plans to buy 400 Tomahawk missiles from the United States.")
    assert q.quantities[0].actor == "Japan"


def test_troops_from_a_country_are_its_troops(extractor: Extractor) -> None:
    q = extractor.extract("About 3,000 troops from North Korea arrived in Kursk.")
    assert q.quantities[0].actor == "North Korea"


def test_a_maker_is_not_an_owner_and_a_part_belongs_to_the_wholes_owner(
    extractor: Extractor,
) -> None:
    text = "Ukraine's air force said it shot down 52 of 74 Iranian-made drones launched by Russia."
    part, whole = extractor.extract(text).quantities
    assert (part.value, part.measure, part.actor) == (52, "drone", "Russia")
    assert (whole.value, whole.measure, whole.actor) == (74, "drone", "Russia")


def test_earlier_opens_background(extractor: Extractor) -> None:
    text = "Earlier, the NIS claimed that 1,500 special forces soldiers had been transferred."
    assert extractor.extract(text).quantities[0].modality is Modality.BACKGROUND


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("PYONGYANG, June 4. /Agency/. The parties discussed the treaty, which entered into "
         "force on December 4.", Modality.BACKGROUND),
        ("MOSCOW, November 6. /Agency/. The treaty entered into force on November 5.",
         Modality.REPORTED),
        ("The treaty entered into force on December 4.", Modality.REPORTED),
    ],
)
def test_a_step_long_before_the_dateline_is_history(
    extractor: Extractor, text: str, modality: Modality
) -> None:
    (event,) = extractor.extract(text).events
    assert (event.stage, event.modality) == (Stage.IN_FORCE, modality)


def test_a_headline_tells_past_news_in_the_present(extractor: Extractor) -> None:
    text = (
        "Kim Jong-un and Putin sign defence pact\n"
        "Kim Jong-un and Vladimir Putin signed a strategic partnership treaty on Wednesday."
    )
    (event,) = extractor.extract(text).events  # the headline restates the body: one step
    assert (event.stage, event.modality) == (Stage.SIGNED, Modality.REPORTED)
    assert event.start > text.index("\n")


def test_a_headline_infinitive_is_still_a_plan(extractor: Extractor) -> None:
    text = "Russia and Iran to sign treaty\nThe leaders will meet in Moscow."
    (event,) = extractor.extract(text).events
    assert event.modality is Modality.PLANNED


def test_a_headline_figure_restated_in_the_body_is_one_fact(extractor: Extractor) -> None:
    text = (
        "Russia fired 'over 1,000' drones in a week\n"
        "Russia launched more than 1,000 attack drones at Ukraine, Zelensky said."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is not None and q.claimant.name == "Zelensky"


def test_the_document_stands_for_the_treaty_before(extractor: Extractor) -> None:
    text = (
        "MOSCOW, November 6. /Agency/. The Federation Council ratified the treaty between "
        "Russia and the DPRK.\nThe document was signed on June 19 of this year in Pyongyang."
    )
    ratified, signed = extractor.extract(text).events
    assert ratified.stage is Stage.RATIFIED
    assert (signed.stage, signed.modality) == (Stage.SIGNED, Modality.BACKGROUND)
    assert set(signed.parties) == {"Russia", "North Korea"}


def test_the_document_without_a_treaty_before_is_nothing(extractor: Extractor) -> None:
    assert extractor.extract("The document was signed on June 19 by 40 firms.").events == ()


def test_ratification_as_a_noun_takes_the_clauses_time(extractor: Extractor) -> None:
    text = "The treaty will enter into force after ratification by both parliaments."
    stages = {(e.stage, e.modality) for e in extractor.extract(text).events}
    assert stages == {(Stage.IN_FORCE, Modality.PLANNED), (Stage.RATIFIED, Modality.PLANNED)}


def test_withdrawing_a_ratification_is_a_withdrawal(extractor: Extractor) -> None:
    text = "Putin signed a law withdrawing Russia's ratification of the test ban treaty."
    assert [e.stage for e in extractor.extract(text).events] == [Stage.WITHDRAWN]


def test_the_rome_statute_is_a_treaty_not_italy(extractor: Extractor) -> None:
    facts = extractor.extract("The Verkhovna Rada of Ukraine ratified the Rome Statute.")
    assert "Italy" not in facts.entities()
    (event,) = facts.events
    assert (event.stage, event.parties) == (Stage.RATIFIED, ("Ukraine",))


def test_the_two_sides_are_no_figure(extractor: Extractor) -> None:
    text = "The two sides plan to increase trade to 50 million dollars."
    assert [q.value for q in extractor.extract(text).quantities] == [50_000_000]


def test_thousands_more_soldiers(extractor: Extractor) -> None:
    (q,) = extractor.extract("N. Korea sends 'thousands more' soldiers to Russia").quantities
    assert (q.value, q.qualifier, q.measure) == (None, "thousands", "troop")


def test_a_vote_count_is_as_old_as_the_vote(extractor: Extractor) -> None:
    facts = extractor.extract("The Knesset passed the treaty bill last month with 64 votes.")
    assert [e.modality for e in facts.events] == [Modality.BACKGROUND]
    assert [(q.value, q.modality) for q in facts.quantities] == [(64, Modality.BACKGROUND)]
    news = extractor.extract("The Knesset passed the treaty bill on Monday with 64 votes.")
    assert [q.modality for q in news.quantities] == [Modality.REPORTED]


def test_a_figure_told_last_week_is_still_news(extractor: Extractor) -> None:
    q = extractor.extract("Russia fired 90 drones at Ukraine last week.").quantities[0]
    assert q.modality is Modality.REPORTED


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Moscow sent 2,000 more marines, on top of the 8,000 soldiers it deployed last spring.",
         Modality.BACKGROUND),
        ("The brigade adds 4,500 troops in addition to the 9,000 troops sent two years ago.",
         Modality.BACKGROUND),
        ("Minsk sent 2,000 more marines, on top of the 8,000 soldiers already stationed there.",
         Modality.REPORTED),
    ],
)  # fmt: skip
def test_a_total_the_news_adds_to_is_history_when_dated(
    extractor: Extractor, text: str, expected: Modality
) -> None:
    added, total = extractor.extract(text).quantities[:2]
    assert added.modality is Modality.REPORTED
    assert total.modality is expected


def test_a_later_clause_dates_its_own_verb(extractor: Extractor) -> None:
    text = (
        "India signed a contract worth $2 billion for 31 drones on Monday, the largest such "
        "purchase since it ordered 12 jets in 2019."
    )
    found = [(q.value, q.modality) for q in extractor.extract(text).quantities]
    assert found == [
        (2e9, Modality.REPORTED),
        (31, Modality.REPORTED),
        (12, Modality.BACKGROUND),
    ]


def test_a_when_clause_after_an_old_date_is_history(extractor: Extractor) -> None:
    text = (
        "LIMA, Oct 20 (Wire) - Rebels fired 40 rockets overnight. The record was set on "
        "Aug. 2, when they fired 95 rockets."
    )
    found = [(q.value, q.modality) for q in extractor.extract(text).quantities]
    assert found == [(40, Modality.REPORTED), (95, Modality.BACKGROUND)]


def test_a_budget_asked_for_is_planned(extractor: Extractor) -> None:
    text = "The navy has proposed a record $31 billion budget for the next fiscal year."
    assert [q.modality for q in extractor.extract(text).quantities] == [Modality.PLANNED]


@pytest.mark.parametrize(
    "text",
    [
        "Officials said 800 new recruits may already have arrived at the base.",
        "Officials said the group may have earned as much as $40 million from the sales.",
    ],
)
def test_a_modal_before_a_perfect_guesses_at_the_past(extractor: Extractor, text: str) -> None:
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_modal_before_a_bare_verb_still_plans(extractor: Extractor) -> None:
    (q,) = extractor.extract("Officials said 800 new recruits may arrive next week.").quantities
    assert q.modality is Modality.PLANNED


def test_the_earlier_estimate_a_rise_is_measured_from_is_background(
    extractor: Extractor,
) -> None:
    text = "The toll marks a jump from the ministry's March estimate of about 900 injured."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_fronted_whole_dated_last_season_is_background(extractor: Extractor) -> None:
    text = "Of the roughly 9,000 troops Belarus sent last spring, about 1,200 have been wounded."
    whole, share = extractor.extract(text).quantities
    assert (whole.value, whole.modality) == (9000, Modality.BACKGROUND)
    assert (share.value, share.modality) == (1200, Modality.REPORTED)


def test_an_undated_fronted_whole_stays_reported(extractor: Extractor) -> None:
    text = "Of the roughly 9,000 troops Belarus has sent, about 1,200 have been wounded."
    whole, _ = extractor.extract(text).quantities
    assert whole.modality is Modality.REPORTED


def test_a_fronted_whole_counted_since_a_month_stays_reported(extractor: Extractor) -> None:
    text = "Of the nearly 6,000 troops Belarus has sent since March, about 900 have been wounded."
    whole, share = extractor.extract(text).quantities
    assert (whole.value, whole.modality) == (6000, Modality.REPORTED)
    assert (share.value, share.modality) == (900, Modality.REPORTED)


def test_an_as_reported_recap_is_background(extractor: Extractor) -> None:
    text = "As reported, the navy earlier said that some 2,500 marines are based on the island."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.modality) == (2500, Modality.BACKGROUND)


def test_a_capital_may_inside_a_sentence_is_the_month(extractor: Extractor) -> None:
    text = (
        "Monitors said 40 civilians were killed in May, bringing the confirmed civilian death "
        "toll in the region to at least 2,310."
    )
    assert all(q.modality is Modality.REPORTED for q in extractor.extract(text).quantities)


def test_a_modal_may_still_plans(extractor: Extractor) -> None:
    text = "Officials said the army said 3,000 more troops may be sent."
    [troops] = extractor.extract(text).quantities
    assert troops.modality is Modality.PLANNED


def test_troops_being_prepared_in_reported_speech_are_planned(extractor: Extractor) -> None:
    text = "Kyiv said on Monday that three battalions of 800 soldiers each were being readied."
    quantities = extractor.extract(text).quantities
    assert [(q.value, q.modality) for q in quantities] == [
        (3, Modality.PLANNED), (800, Modality.PLANNED)
    ]


def test_a_projected_sum_is_planned(extractor: Extractor) -> None:
    text = "Tax receipts are projected at 12.4 billion lei next year, the ministry said."
    [q] = extractor.extract(text).quantities
    assert (q.value, q.measure, q.modality) == (12.4e9, "leu", Modality.PLANNED)


def test_a_sum_dated_next_year_is_planned(extractor: Extractor) -> None:
    text = "The draft budget provides for health spending of 4.2 trillion roubles next year."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_would_after_a_named_origin_still_plans(extractor: Extractor) -> None:
    text = (
        "The defence minister said on Monday that 4,000 troops from the Tigray garrison "
        "would be moved north."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_a_toll_in_a_narrowed_past_period_is_background(extractor: Extractor) -> None:
    text = "The civil war in the late 1970s killed about 40,000 people in the highlands."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_toll_in_a_decade_is_background(extractor: Extractor) -> None:
    text = "Famine in the 1980s killed some 200,000 people in the region."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_toll_with_no_period_stays_news(extractor: Extractor) -> None:
    text = "The civil war has killed about 40,000 people in the highlands."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_figure_dated_by_a_season_of_a_named_year_is_background(extractor: Extractor) -> None:
    text = (
        "About 4,000 Wagner fighters, most of them convicts, crossed into Belarus in the "
        "summer of 2023."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_month_of_last_year_dates_the_act_as_history(extractor: Extractor) -> None:
    text = "About 2,000 Chadian soldiers were flown to the Darfur region in March last year."
    assert extractor.extract(text).quantities[0].modality is Modality.BACKGROUND


@pytest.mark.parametrize(
    "text",
    [
        "About 2,000 Chadian soldiers were flown to the Darfur region in March.",
        "About 2,000 Chadian soldiers have served in the Darfur region since March last year.",
    ],
)
def test_a_bare_month_or_a_count_since_stays_news(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text).quantities[0].modality is Modality.REPORTED


def test_a_date_after_an_aside_does_not_date_the_aside(extractor: Extractor) -> None:
    text = (
        "Estonia, which keeps about 4,000 conscripts under arms, joined the fund in May "
        "last year."
    )
    assert extractor.extract(text).quantities[0].modality is Modality.REPORTED


def test_a_when_clause_after_a_month_long_gone_is_history(extractor: Extractor) -> None:
    text = (
        "Darfur toll\n\nJune 12, 2025\n\n"
        "The new count is far above that of February, when the mission put the toll at about "
        "900 killed."
    )
    assert extractor.extract(text).quantities[0].modality is Modality.BACKGROUND


def test_a_when_clause_after_last_month_stays_news(extractor: Extractor) -> None:
    text = (
        "Darfur toll\n\nJune 12, 2025\n\n"
        "The new count is far above that of May, when the mission put the toll at about "
        "900 killed."
    )
    assert extractor.extract(text).quantities[0].modality is Modality.REPORTED


def test_a_dated_breakdown_after_a_total_leaves_the_total_news(extractor: Extractor) -> None:
    text = (
        "About 9,000 Belarusian soldiers have served abroad, counting an advance group of "
        "2,000 flown out in spring 2023."
    )
    q = next(q for q in extractor.extract(text).quantities if q.value == 9000)
    assert q.modality is Modality.REPORTED


def test_a_dated_total_without_a_breakdown_is_background(extractor: Extractor) -> None:
    text = "About 9,000 Belarusian soldiers were flown abroad in spring 2023."
    q = next(q for q in extractor.extract(text).quantities if q.value == 9000)
    assert q.modality is Modality.BACKGROUND


def test_a_when_clause_after_last_month_name_is_history(extractor: Extractor) -> None:
    text = (
        "Minsk first confirmed the deployment last October, when it said 1,500 soldiers had "
        "left for Syria."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_when_clause_after_last_week_stays_reported(extractor: Extractor) -> None:
    text = (
        "Minsk first confirmed the deployment last week, when it said 1,500 soldiers had "
        "left for Syria."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
