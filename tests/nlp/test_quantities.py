"""Figures sentence by sentence: value, range, qualifier, unit, actor, modality, whole force."""

from __future__ import annotations

from typing import Any

import pytest

from bot.models import Modality, Quantity
from bot.nlp import Extractor


def only(extractor: Extractor, text: str) -> Quantity:
    found = extractor.extract(text).quantities
    assert len(found) == 1, found
    return found[0]


FIELDS = ("value", "value_max", "qualifier", "unit", "measure", "category", "actor")


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("North Korea has sent 3,000 troops to Russia.",
         (3000, None, None, "troops", "troop", "troop", "North Korea")),
        ("Russia has received 3,000 North Korean troops.",
         (3000, None, None, "troops", "troop", "troop", "North Korea")),
        ('Officials put the figure at about "12,000" troops.',
         (12000, None, "about", "troops", "troop", "troop", None)),
        ("Some 12 000 soldiers crossed the border.",
         (12000, None, "some", "soldiers", "troop", "troop", None)),
        ("About 1,500-2,000 soldiers were deployed.",
         (1500, 2000, "range", "soldiers", "troop", "troop", None)),
        ("Between 1.5 and 2 million people fled.",
         (1.5e6, 2e6, "range", "people", "person", "person", None)),
        ("The refit will cost $4 billion to $5 billion.",
         (4e9, 5e9, "range", "$", "dollar", "money", None)),
        ("Half a million people fled the city.",
         (5e5, None, None, "people", "person", "person", None)),
        ("The pipeline carries up to 30 billion cubic metres of gas.",
         (3e10, None, "up to", "cubic metres", "cubic metre", "cubic metre", None)),
        ("Nearly 800 servicemen were moved.",
         (800, None, "nearly", "servicemen", "troop", "troop", None)),
        ("Up to 10k fighters may have joined.",
         (10000, None, "up to", "fighters", "troop", "troop", None)),
        ("At least 20 civilians were killed in the strike.",
         (20, None, "at least", "civilians", "casualty", "casualty", None)),
        ("The strike killed at least 20 people.",
         (20, None, "at least", "people", "casualty", "casualty", None)),
        ("Kyiv said Russia lost 1,200 soldiers in a single day.",
         (1200, None, None, "soldiers", "casualty", "casualty", "Russia")),
        ("Officials report 40 dead after the attack.",
         (40, None, None, "dead", "casualty", "casualty", None)),
        ("Inflation rose 5% in October.",
         (5, None, None, "%", "percentage", "percentage", None)),
        ("Turnout was 61.2 per cent.",
         (61.2, None, None, "per cent", "percentage", "percentage", None)),
        ("The jet flew at 900 km/h.",
         (900, None, None, "km/h", "kilometre per hour", "kilometre per hour", None)),
        ("Winds reached 70 miles per hour.",
         (70, None, None, "miles per hour", "mile per hour", "mile per hour", None)),
        ("A dozen drones struck the city overnight.",
         (12, None, None, "drones", "drone", "drone", None)),
        ("Ten thousand shells were fired.",
         (10000, None, None, "shells", "shell", "shell", None)),
        ("Thousands of troops massed on the border.",
         (None, None, "thousands", "troops", "troop", "troop", None)),
        ("Tens of thousands of refugees fled.",
         (None, None, "tens of thousands", "refugees", "refugee", "refugee", None)),
        ("Several hundred soldiers crossed the river.",
         (None, None, "several hundred", "soldiers", "troop", "troop", None)),
        ("The budget is €5m.",
         (5e6, None, None, "€", "euro", "money", None)),
        ("The club paid 20 million euros.",
         (2e7, None, None, "euros", "euro", "money", None)),
        ("Russia has deployed 3,000 drone operators.",
         (3000, None, None, "drone operators", "operator", "operator", "Russia")),
    ],
)  # fmt: skip
def test_figures(extractor: Extractor, text: str, expected: tuple[Any, ...]) -> None:
    q = only(extractor, text)
    assert tuple(getattr(q, name) for name in FIELDS) == expected
    assert q.sentence == text


@pytest.mark.parametrize(
    "text",
    [
        "The first units arrived on Wednesday.",
        "The talks ended on November 6, 2024.",
        "In 2022, the war began.",
        "The 25-year-old soldier was captured.",
        "The ministry published a 300-page report.",
        "Call 555 0123 at 10:30 a.m. for details.",
        "Resolution 2231 was adopted in 2015.",
        "The 2024 elections were held in April.",
    ],
)
def test_not_figures(extractor: Extractor, text: str) -> None:
    assert extractor.extract(text).quantities == ()


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("North Korea has sent 3,000 troops to Russia.", "North Korea"),
        ("The U.S. said it had seen evidence that North Korea has sent 3,000 troops to Russia.",
         "North Korea"),
        ("Ukraine said the number of deployed North Koreans in Russia was about 12,000 troops.",
         "North Korea"),
        ("A North Korean balloon landed near 300 police officers.", None),
        ("Putin has sent 2,000 troops to the border.", "Russia"),
        ("Ukraine said 3,000 troops arrived in Kursk.", None),
        ("North Korea said it had sent 5,000 workers to Russia.", "North Korea"),
        ("Russian losses amount to about 700,000 servicemen.", "Russia"),
        ("Russia's 3,000 paratroopers were moved.", "Russia"),
        ("About 3,000 troops from North Korea arrived.", "North Korea"),
    ],
)  # fmt: skip
def test_actor(extractor: Extractor, text: str, actor: str | None) -> None:
    assert only(extractor, text).actor == actor


@pytest.mark.parametrize(
    ("text", "modality"),
    [
        ("Pyongyang plans to send 10,000 more troops.", Modality.PLANNED),
        ("North Korea will send 10,000 troops.", Modality.PLANNED),
        ("The total could reach 15,000 troops.", Modality.PLANNED),
        ("Another 5,000 troops are being prepared for deployment.", Modality.PLANNED),
        ("Seoul agreed to supply 180 howitzers.", Modality.PLANNED),
        ("North Korea has sent 3,000 troops for possible deployment.", Modality.REPORTED),
        ("The North had shipped 3,000 troops, probably to be deployed.", Modality.REPORTED),
    ],
)
def test_modality(extractor: Extractor, text: str, modality: Modality) -> None:
    assert only(extractor, text).modality is modality


@pytest.mark.parametrize(
    ("text", "whole"),
    [
        ("North Korea has 1.2 million troops.", True),
        ("North Korea has about 1.2 million active troops.", True),
        ("North Korea fields an army of 1.28 million.", True),
        ("Russia has 600,000 troops in Ukraine.", False),
        ("North Korea has sent 3,000 troops.", False),
        ('"We have 3,000 soldiers ready," he said.', False),
        ("A 12,000-strong contingent was sent.", False),
        ("Its 1.2 million-strong army is poorly equipped.", True),
        ("Iran's armed forces number roughly 600,000 active personnel.", True),
        ("Egypt has one of the biggest militaries, with about 440,000 active troops.", True),
        ("The convoy numbered 3,000 troops.", False),
        ("Belarus now has about 2,500 soldiers left near the border.", False),
        ("Iran still had 900 troops remaining in the province.", False),
        # Troops engaged in or committed to a war are the part fighting it, not the army.
        ("Belarus has about 60,000 troops engaged in the exercise.", False),
        ("Iran had some 90,000 soldiers committed to the campaign.", False),
        ("Belarus has about 60,000 troops and a small air force.", True),
    ],
)
def test_whole_force(extractor: Extractor, text: str, whole: bool) -> None:
    assert only(extractor, text).whole_force is whole


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        ("Hanwha Aerospace has signed a $1.64-billion deal with Poland.", "Poland"),
        ("Seoul has sold billions of dollars of tanks to Poland.", "South Korea"),
        ("Poland ordered tanks worth US$6.5 billion from South Korea.", "Poland"),
        ("Warsaw signed a contract worth £3bn.", "Poland"),
    ],
)
def test_money_in_a_sale_is_a_deal(extractor: Extractor, text: str, actor: str) -> None:
    q = only(extractor, text)
    assert (q.category, q.actor) == ("deal", actor)


def test_money_outside_a_sale_stays_money(extractor: Extractor) -> None:
    q = only(extractor, "Damage was estimated at $2 billion.")
    assert (q.value, q.unit, q.measure, q.category) == (2e9, "$", "dollar", "money")


def test_two_figures_in_one_sentence(extractor: Extractor) -> None:
    text = "Nearly 800 servicemen and more than 40 tanks were moved."
    found = extractor.extract(text).quantities
    assert [(q.value, q.qualifier, q.measure) for q in found] == [
        (800, "nearly", "troop"),
        (40, "more than", "tank"),
    ]


def test_offsets_cover_the_figure(extractor: Extractor) -> None:
    text = 'Ukraine said there were about “12,000” troops in the region.'
    q = only(extractor, text)
    assert text[q.start : q.end] == "about “12,000” troops"


def test_a_quoted_vague_amount_in_a_headline(extractor: Extractor) -> None:
    q = only(extractor, "Germany to deploy 'dozens' more tanks to Lithuania")
    assert (q.value, q.qualifier, q.measure, q.actor) == (None, "dozens", "tank", "Germany")
    assert q.modality is Modality.PLANNED


@pytest.mark.parametrize(
    ("text", "part"),
    [
        ("Russia fired 40 missiles overnight and Kyiv said 35 of them were intercepted.",
         (35, "missile")),
        ("Romania's army said it had tracked nine of the drones.", (9, "drone")),
        ("Ten of the 14 tanks were destroyed.", (10, "tank")),
    ],
)  # fmt: skip
def test_a_part_counts_the_group_it_is_taken_from(
    extractor: Extractor, text: str, part: tuple[float, str]
) -> None:
    found = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert part in found


def test_a_part_of_the_named_group_acts_with_the_speaker(extractor: Extractor) -> None:
    q = only(extractor, "Romania's army said it had tracked nine of the drones.")
    assert q.actor == "Romania"


def test_a_part_of_a_group_never_counted_is_no_figure(extractor: Extractor) -> None:
    assert extractor.extract("Three of them were released, the court said.").quantities == ()


def test_a_running_total_continues_the_figure_before(extractor: Extractor) -> None:
    text = ("About 800 Russian soldiers were killed on Sunday, Kyiv said, raising Russia's "
            "overall toll since February to more than 90,000.")
    found = extractor.extract(text).quantities
    assert [(q.value, q.qualifier, q.measure, q.actor) for q in found] == [
        (800, "about", "casualty", "Russia"), (90000, "more than", "casualty", "Russia")]


@pytest.mark.parametrize(
    "text",
    [
        "The army said it had shot down 45 drones over the past 48 hours.",
        "Kyiv said 650 Russian soldiers were killed in the last 24 hours.",
    ],
)
def test_the_period_a_count_covers_is_no_figure(extractor: Extractor, text: str) -> None:
    found = extractor.extract(text).quantities
    assert [q.measure for q in found] not in ([], None)
    assert all(q.measure not in {"hour", "day"} for q in found)


def test_a_duration_on_its_own_is_a_figure(extractor: Extractor) -> None:
    q = only(extractor, "Rescuers searched the rubble for the past 36 hours.")
    assert (q.value, q.measure) == (36, "hour")


def test_vague_more_counts_what_was_counted_before(extractor: Extractor) -> None:
    text = "Sudan's army said 2,000 fighters had died in the battle.\nHundreds more are missing."
    found = extractor.extract(text).quantities
    assert [(q.value, q.qualifier, q.measure) for q in found] == [
        (2000, None, "casualty"), (None, "hundreds", "casualty")]


def test_a_definite_description_subject_continues_the_previous_actor(
    extractor: Extractor,
) -> None:
    text = ("Japan's cabinet approved a 9 trillion yen defence budget on Friday.\n"
            "The package includes 300 billion yen to buy 48 helicopters from the United States.")
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure, q.actor) for q in found[1:]] == [
        (3e11, "yen", "Japan"), (48, "helicopter", "Japan")]


def test_the_alliance_is_the_organisation_named_before(extractor: Extractor) -> None:
    text = ("NATO will hold drills with 90,000 troops, its chief said.\n"
            "The alliance already keeps 10,000 soldiers in Poland.")
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.actor) == (10000, "NATO")


def test_a_description_fitting_no_earlier_organisation_names_no_actor(
    extractor: Extractor,
) -> None:
    text = "Germany sent 300 troops.\nThe alliance already keeps 10,000 soldiers in Poland."
    assert extractor.extract(text).quantities[-1].actor is None


def test_the_dead_of_a_described_attack_are_not_the_attackers(extractor: Extractor) -> None:
    text = "Russia fired 40 drones at Odesa overnight.\nThe attack killed 3 civilians."
    assert extractor.extract(text).quantities[-1].actor is None


def test_a_description_of_something_new_continues_no_actor(extractor: Extractor) -> None:
    text = ("Ukraine's air force said it destroyed 52 Russian drones.\n"
            "The storm also damaged 30 buildings.")
    assert extractor.extract(text).quantities[-1].actor is None


@pytest.mark.parametrize(
    ("text", "values"),
    [
        ("Two missiles flew 800 km. One of them fell into the sea.", [2, 800]),
        ("The convoy travelled 300 km. Forty of them were trucks.", [300]),
    ],
)
def test_of_them_never_counts_a_measure_or_one_member(
    extractor: Extractor, text: str, values: list[float]
) -> None:
    assert [q.value for q in extractor.extract(text).quantities] == values


def test_the_whole_a_part_is_out_of_counts_the_parts_noun(extractor: Extractor) -> None:
    text = (
        'The general said roughly 2,000 Iranian soldiers had been killed or wounded near '
        'Aleppo, out of about "9,000" sent by Tehran.'
    )
    part, whole = extractor.extract(text).quantities
    assert (part.value, part.measure) == (2000, "casualty")
    assert (whole.value, whole.measure, whole.actor, whole.qualifier) == (
        9000, "troop", "Iran", "about"
    )


def test_out_of_a_measured_amount_is_no_count(extractor: Extractor) -> None:
    found = extractor.extract("Ticket sales reached $2 million, out of 5 expected.").quantities
    assert [q.value for q in found] == [2_000_000]


def test_more_counts_the_noun_a_few_modifiers_on_not_the_last_unit(
    extractor: Extractor,
) -> None:
    text = (
        "The bill passed by 210 votes. Officials agreed a deal for Chile to buy four more "
        "Swedish-made Gripen fighter jets."
    )
    last = extractor.extract(text).quantities[-1]
    assert (last.value, last.measure) == (4, "jet")


def test_more_before_a_time_phrase_continues_the_last_count(extractor: Extractor) -> None:
    text = "Russia has 620,000 troops in Ukraine and plans to add up to 150,000 more this year."
    last = extractor.extract(text).quantities[-1]
    assert (last.value, last.measure, last.modality) == (150_000, "troop", Modality.PLANNED)


def test_including_a_bare_number_is_a_share_of_the_figure_before(extractor: Extractor) -> None:
    text = (
        "Total losses reached about 700,000 personnel, including 1,200 over the past day, "
        "the General Staff said."
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in found] == [(700_000, "casualty"), (1200, "casualty")]


@pytest.mark.parametrize(
    ("text", "value", "measure"),
    [
        ("Russia launched 150 drones overnight. Of these, 120 were intercepted.", 120, "drone"),
        ("Officials said 300 soldiers had been sent; a further 40 were injured.", 40,
         "casualty"),
        ("The motion passed by 201 votes to 12.", 12, "vote"),
        ("The assembly backed the motion by 88 votes to 23 early on Friday.", 23, "vote"),
        ("The bill passed after 250 deputies voted in favour and 17 against.", 17, "deputy"),
        ("Seoul says 5,000 troops were sent. Washington's estimate is similar: roughly 5,500.",
         5500, "troop"),
    ],
)
def test_a_bare_number_counts_what_was_counted_last(
    extractor: Extractor, text: str, value: float, measure: str
) -> None:
    last = extractor.extract(text).quantities[-1]
    assert (last.value, last.measure) == (value, measure)


def test_a_bare_number_with_another_predicate_is_no_figure(extractor: Extractor) -> None:
    text = "Russia launched 150 drones overnight. Of these, 120 were over Kursk."
    assert [q.value for q in extractor.extract(text).quantities] == [150]


@pytest.mark.parametrize(
    "text",
    [
        "Article 7 of the accord obliges both sides to consult.",  # a part of a document
        "Updated 25 minutes ago",  # page furniture: a time, not a figure
        "The blast came three hours ago, the mayor said.",
    ],
)
def test_labels_and_times_ago_are_no_figures(extractor: Extractor, text: str) -> None:
    assert not extractor.extract(text).quantities


@pytest.mark.parametrize(
    ("text", "unit", "measure"),
    [
        ("Lisbon ordered 40 armoured personnel carriers.", "personnel carriers", "carrier"),
        ("The navy bought three troop transports.", "troop transports", "transport"),
        ("Oslo will send 250 personnel to the mission.", "personnel", "troop"),
    ],
)
def test_vehicles_that_carry_troops_are_not_troops(
    extractor: Extractor, text: str, unit: str, measure: str
) -> None:
    q = only(extractor, text)
    assert (q.unit, q.measure) == (unit, measure)


def test_a_list_of_demonyms_before_the_counted_noun(extractor: Extractor) -> None:
    text = "The drill brought together 9,000 Polish, Lithuanian and German soldiers."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure) == (9000, "troop")


def test_bring_the_total_to_a_bare_number(extractor: Extractor) -> None:
    text = (
        "Belarus moved 2,000 soldiers to the border. Officials believe the new units bring "
        "the total deployed since spring to about 9,500."
    )
    values = {q.value: q for q in extractor.extract(text).quantities}
    assert values[9500].measure == "troop"


@pytest.mark.parametrize(
    ("text", "value", "measure", "actor"),
    [
        # The total names what it counts before the number.
        ("The monitor said 300 people were killed on Friday, raising its count of civilian "
         "casualties to roughly 2,300.", 2300, "casualty", None),
        # A fleet counts what the count before it counted.
        ("Norway will buy two more NH90 helicopters from France, bringing its fleet to 16.",
         16, "helicopter", "Norway"),
    ],
)  # fmt: skip
def test_running_totals(
    extractor: Extractor, text: str, value: float, measure: str, actor: str | None
) -> None:
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (value, measure, actor)


def test_a_model_number_counts_nothing(extractor: Extractor) -> None:
    found = extractor.extract("Bulgaria flies 11 MiG 29 jets.").quantities
    assert [(q.value, q.measure) for q in found] == [(11, "jet")]


def test_a_member_of_a_group_is_no_count(extractor: Extractor) -> None:
    found = extractor.extract("He is one of two Chinese sailors held by Japan.").quantities
    assert [q.value for q in found] == [2]


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # Exported goods are the buyer's.
        ("Hanwha signed a contract with Romania to export 54 K9 howitzers.", "Romania"),
        # A relative clause's figure is its named antecedent's, or its owner's.
        ("Norway, which fields about 9,000 conscripts, will add more.", "Norway"),
        ("Parliament passed Poland's defence budget, which sets aside 160 billion zlotys for "
         "arms.", "Poland"),
        # A dateline's city before a dash describes no sum.
        ("WARSAW, May 2 (Wire) -- A defence firm signed a US$2 billion deal with Romania.",
         "Romania"),
    ],
)  # fmt: skip
def test_owners_of_goods_and_sums(extractor: Extractor, text: str, actor: str) -> None:
    assert only(extractor, text).actor == actor


def test_a_counted_noun_joined_by_a_hyphen_modifies_the_next(extractor: Extractor) -> None:
    q = only(extractor, "Overnight, Latvian air defences shot down 12 aircraft-type drones.")
    assert (q.value, q.measure) == (12, "drone")


def test_a_long_running_total_still_counts(extractor: Extractor) -> None:
    text = (
        "Separately, Poland's army said Belarus had lost 30 soldiers killed and wounded over "
        "the past day, bringing its total losses since the start of the exercise to around 900."
    )
    q = extractor.extract(text).quantities[-1]
    assert (q.value, q.measure, q.actor) == (900, "casualty", "Belarus")


@pytest.mark.parametrize(
    ("text", "actor"),
    [
        # Drones shot down are the attacker's: the other side of the reporting source's war.
        ("Air defence units shot down 20 drones overnight, Ukraine's army said.", "Russia"),
        # A receiver between a verb of giving and "with" owns nothing.
        ("Iran has supplied Russia with 400 Shahed drones, officials said.", "Iran"),
    ],
)  # fmt: skip
def test_shooters_and_givers(extractor: Extractor, text: str, actor: str) -> None:
    assert only(extractor, text).actor == actor


def test_shares_of_the_count_before(extractor: Extractor) -> None:
    text = (
        "The contract covers 96 howitzers. Of these, 60 will be built in Norway and the "
        "remaining 36 will be delivered from Seoul."
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in found] == [
        (96, "howitzer"), (60, "howitzer"), (36, "howitzer")
    ]


def test_a_name_acting_on_the_counted_noun(extractor: Extractor) -> None:
    q = only(extractor, "Monitors counted the 4,000 soldiers Minsk sent to the border in May.")
    assert q.actor == "Belarus"


@pytest.mark.parametrize(
    "text",
    [
        # The level a count rose from counts the same thing, and is history.
        "Monitors now count 5,000 Belarusian troops near the border, up from the 3,000 that "
        "Latvian officials reported in March.",
        # Also when the count names its unit first.
        "The agency now puts the number of Belarusian troops at the border at 5,000, up from "
        "the 3,000 it counted in March.",
    ],
)
def test_the_level_a_count_rose_from(extractor: Extractor, text: str) -> None:
    last = extractor.extract(text).quantities[-1]
    assert (last.value, last.measure, last.modality) == (3000, "troop", Modality.BACKGROUND)


def test_a_share_at_a_sentence_start_reads_without_error(extractor: Extractor) -> None:
    # A fraction opening the sentence leaves fewer than three words before the number.
    text = "The flood left 4 dead and 61 injured. Nearly two thirds of residents backed the plan."
    found = extractor.extract(text).quantities
    assert [q.value for q in found][:2] == [4, 61]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # "already" between the figure and its fate
        ("Officials said that more than 2,000 Eritrean soldiers had already been killed or "
         "wounded.", (2000, "casualty", "Eritrea")),
        # the unit named first carries its own demonym
        ("Officials said the number of killed and wounded Eritrean soldiers in the region "
         "already exceeds 2,000.", (2000, "casualty", "Eritrea")),
        # an ally the subject fights alongside is not the subject
        ("Officials said Eritrean units fighting alongside Ethiopian forces near the border "
         "had lost about 900 soldiers.", (900, "casualty", "Eritrea")),
    ],
)
def test_casualty_subjects(extractor: Extractor, text: str, expected: tuple[Any, ...]) -> None:
    q = only(extractor, text)
    assert (q.value, q.measure, q.actor) == expected


def test_an_army_described_by_its_size_is_the_whole_force(extractor: Extractor) -> None:
    q = only(extractor, "Norway's armed forces, with roughly 15,000 full-time personnel, "
                        "joined the drill.")
    assert (q.value, q.measure, q.actor, q.whole_force) == (15000, "troop", "Norway", True)


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # the same count over a longer period
        ("The Ukrainian Defence Ministry said Russian forces had lost more than 1,200 soldiers "
         "over the past day, and about 8,400 during the week.",
         [(1200, "casualty", "Russia"), (8400, "casualty", "Russia")]),
        # the troops told of before, sent
        ("Seoul says 1,500 North Korean troops are in Russia. The spy agency said that about "
         "2,000 had already been sent.",
         [(1500, "troop", "North Korea"), (2000, "troop", "North Korea")]),
    ],
)
def test_bare_numbers_count_what_was_counted(
    extractor: Extractor, text: str, expected: list[tuple[Any, ...]]
) -> None:
    found = [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]
    assert found == expected


@pytest.mark.parametrize(
    "text",
    [
        "Divers recovered two bodies, while 14 fishermen remain missing.",
        "After the flood, 14 people were still missing.",
    ],
)
def test_people_still_missing_are_casualties(extractor: Extractor, text: str) -> None:
    missing = [q for q in extractor.extract(text).quantities if q.value == 14]
    assert [q.measure for q in missing] == ["casualty"]


def test_a_percentage_range_with_the_sign_on_both_ends_is_one_range(
    extractor: Extractor,
) -> None:
    text = "Economists see prices rising by between 2% and 4% this year."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.value_max, q.measure) == (2, 4, "percentage")


def test_a_second_object_of_air_defences_is_downed_too(extractor: Extractor) -> None:
    text = "Russian air defences shot down four of the rockets and 17 drones, the army said."
    (drones,) = [q for q in extractor.extract(text).quantities if q.value == 17]
    assert drones.actor == "Ukraine"  # the attacker's, as downed_owners.py counts them


def test_a_second_that_clause_counts_the_same_peoples_fate(extractor: Extractor) -> None:
    text = (
        "Kyiv estimates that 20,000 Belarusian troops were sent to the area and that about "
        "3,500 have been killed or wounded."
    )
    _sent, fallen = extractor.extract(text).quantities
    assert (fallen.value, fallen.category, fallen.actor) == (3500, "casualty", "Belarus")


def test_infantry_counts_soldiers_unless_it_modifies(extractor: Extractor) -> None:
    troops = only(extractor, "Officials said about 8,000 Belarusian infantry were massing.")
    assert (troops.category, troops.actor) == ("troop", "Belarus")
    vehicles = only(extractor, "Poland ordered 150 infantry fighting vehicles from Germany.")
    assert vehicles.measure == "vehicle"


def test_special_operations_troops_are_troops(extractor: Extractor) -> None:
    text = "About 800 special operations troops from Belarus arrived on Monday, officials said."
    troops = only(extractor, text)
    assert (troops.value, troops.category, troops.actor) == (800, "troop", "Belarus")


def test_a_second_sources_bare_count_of_the_dead(extractor: Extractor) -> None:
    text = (
        "Minsk said in May that about 300 Belarusian soldiers had been killed. Kyiv said in "
        "June that nearly 900 had been killed or wounded, and Vilnius now puts the total "
        "above 1,200."
    )
    quantities = extractor.extract(text).quantities
    assert [(q.value, q.measure) for q in quantities] == [
        (300, "casualty"), (900, "casualty"), (1200, "casualty")
    ]
    last = quantities[-1]
    assert (last.qualifier, last.actor, last.modality) == ("above", "Belarus", Modality.REPORTED)
    assert last.claimant is not None and last.claimant.entities == ("Lithuania",)


def test_a_bare_count_of_the_dead_after_troops_told_elsewhere_is_no_casualty(
    extractor: Extractor,
) -> None:
    text = "Minsk has sent 300 soldiers to the border. Kyiv said that 12 had been killed."
    assert [q.measure for q in extractor.extract(text).quantities] == ["troop"]


def test_square_kilometers_in_american_spelling(extractor: Extractor) -> None:
    text = "The fire burned about 1,400 square kilometers of forest."
    (q,) = extractor.extract(text).quantities
    assert q.measure == "square kilometre"


def test_losing_soldiers_counts_casualties(extractor: Extractor) -> None:
    text = "Analysts say the army is losing about 900 soldiers a week."
    (q,) = [q for q in extractor.extract(text).quantities if q.value == 900]
    assert q.measure == "casualty"


def test_no_more_than_caps_the_figure(extractor: Extractor) -> None:
    text = "An analyst said that no more than 2,000 Belarusian soldiers were at the border."
    (q,) = extractor.extract(text).quantities
    assert q.qualifier == "at most"


def test_no_fewer_than_floors_the_figure(extractor: Extractor) -> None:
    text = "An analyst said that no fewer than 2,000 Belarusian soldiers were at the border."
    (q,) = extractor.extract(text).quantities
    assert q.qualifier == "at least"


def test_whole_force_after_out_of_is_no_casualty(extractor: Extractor) -> None:
    text = (
        "The general said the brigade had lost about 400 killed since the spring, out of "
        "roughly 5,000 soldiers deployed."
    )
    found = extractor.extract(text).quantities
    (whole,) = [q for q in found if q.value == 5000]
    assert whole.category == "troop"


def test_counted_dead_before_out_of_stay_casualties(extractor: Extractor) -> None:
    text = "The brigade lost 400 soldiers, out of 5,000 deployed."
    found = extractor.extract(text).quantities
    assert [q.category for q in found if q.value == 400] == ["casualty"]


@pytest.mark.parametrize(
    ("text", "measure"),
    [
        ("The brigade liquidated up to 40 enemy fighters near the river, the army said.",
         "casualty"),
        ("Kyiv said its drones eliminated about 90 soldiers overnight.", "casualty"),
        ("Minsk said its artillery destroyed up to 60 Polish servicemen overnight.", "casualty"),
        # near miss: destroyed equipment stays its own count
        ("Minsk said its artillery destroyed 60 Polish trucks overnight.", "truck"),
        # near miss: what is eliminated is no count of people
        ("The ministry said the reform eliminated 40 posts at the agency.", "post"),
    ],
)  # fmt: skip
def test_war_reports_words_for_killing(extractor: Extractor, text: str, measure: str) -> None:
    (q,) = extractor.extract(text).quantities
    assert q.measure == measure


def test_an_estimate_set_higher_before_its_figure(extractor: Extractor) -> None:
    text = (
        "Vilnius says about 400 Belarusian soldiers are on the border. Kyiv puts the number "
        "far higher, at about 2,500."
    )
    found = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert (2500, "troop") in found


def test_a_comparison_without_an_estimate_noun_sets_no_figure(extractor: Extractor) -> None:
    text = (
        "Vilnius says about 400 Belarusian soldiers are on the border. Kyiv puts prices "
        "far higher, at about 2,500."
    )
    found = [(q.value, q.measure) for q in extractor.extract(text).quantities]
    assert (2500, "troop") not in found


def test_an_army_at_its_size_set_off_by_commas_is_the_whole_force(extractor: Extractor) -> None:
    text = "The Dutch army, at about 20,000 regular soldiers, is smaller than ever."
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.measure, q.whole_force) == (20000, "troop", True)


def test_a_contingent_at_its_size_is_no_whole_force(extractor: Extractor) -> None:
    text = "The Dutch contingent, at about 2,000 soldiers, is the largest it has sent."
    q = extractor.extract(text).quantities[0]
    assert (q.value, q.measure, q.whole_force) == (2000, "troop", False)


def test_an_army_that_has_shrunk_to_a_size_is_the_whole_force(extractor: Extractor) -> None:
    text = "Japan's army has shrunk to roughly 150,000 troops as recruitment has faltered."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.whole_force) == (150000, True)


def test_troops_cut_to_a_number_without_an_army_stay_a_deployment(extractor: Extractor) -> None:
    text = "Japan's mission in Djibouti has shrunk to roughly 150 troops this year."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.whole_force) == (150, False)
