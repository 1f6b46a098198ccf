from __future__ import annotations

import pytest

from bot.nlp import Extractor
from bot.nlp.units import normalise_measure


@pytest.mark.parametrize(
    ("noun", "measure", "category"),
    [
        ("troops", "troop", "troop"),
        ("lei", "leu", "money"),
        ("leu", "leu", "money"),
        ("soldiers", "troop", "troop"),
        ("servicemen", "troop", "troop"),
        ("personnel", "troop", "troop"),
        ("military personnel", "troop", "troop"),
        ("special forces", "troop", "troop"),
        ("fighters", "troop", "troop"),
        ("Troops", "troop", "troop"),
        ("casualties", "casualty", "casualty"),
        ("killed", "casualty", "casualty"),
        ("dead", "casualty", "casualty"),
        ("wounded", "casualty", "casualty"),
        ("missing", "casualty", "casualty"),
        ("$", "dollar", "money"),
        ("US$", "dollar", "money"),
        ("dollars", "dollar", "money"),
        ("€", "euro", "money"),
        ("euros", "euro", "money"),
        ("£", "pound", "money"),
        ("won", "won", "money"),
        ("roubles", "rouble", "money"),
        ("%", "percentage", "percentage"),
        ("per cent", "percentage", "percentage"),
        ("percent", "percentage", "percentage"),
        ("km", "kilometre", "kilometre"),
        ("kilometers", "kilometre", "kilometre"),
        ("mph", "mile per hour", "mile per hour"),
        ("miles per hour", "mile per hour", "mile per hour"),
        ("km/h", "kilometre per hour", "kilometre per hour"),
        ("tanks", "tank", "tank"),
        ("tank", "tank", "tank"),
        ("missiles", "missile", "missile"),
        ("ballistic missiles", "missile", "missile"),
        ("shells", "shell", "shell"),
        ("drones", "drone", "drone"),
        ("howitzers", "howitzer", "howitzer"),
        ("aircraft", "aircraft", "aircraft"),
        ("people", "person", "person"),
        ("balloons", "balloon", "balloon"),
        ("refugees", "refugee", "refugee"),
        ("batteries", "battery", "battery"),
        ("years", "year", "year"),
        ("days", "day", "day"),
        ("crew members", "crew member", "crew member"),
    ],
)
def test_unit_nouns(noun: str, measure: str, category: str) -> None:
    assert normalise_measure(noun) == (measure, category)


@pytest.mark.parametrize(
    "noun",
    ["the", "second", "pages", "times", "has", "says", "its", "thousands",
     "million", "June", "pm", "", "was", "this", "series", "news", "ammunitionless-"],
)
def test_not_units(noun: str) -> None:
    assert normalise_measure(noun) is None


@pytest.mark.parametrize(
    ("noun", "measure"),
    [("°", "degree"), ("mw", "megawatt"), ("gw", "gigawatt"), ("gb", "gigabyte"),
     ("mg", "milligram")],
)  # fmt: skip
def test_symbols(noun: str, measure: str) -> None:
    found = normalise_measure(noun)
    assert found is not None
    assert found[0] == measure


def test_staff_counts_without_a_plural_ending(extractor: Extractor) -> None:
    q = extractor.extract("The insurer will take on 650 staff in Leeds.").quantities
    assert [(x.value, x.measure) for x in q] == [(650, "staff")]


def test_police_count_as_officers_not_troops(extractor: Extractor) -> None:
    text = (
        "The army sent 3,000 more soldiers to the flooded delta on Monday. The interior "
        "ministry is also sending 2,000 additional police and coast guard officers."
    )
    police = next(q for q in extractor.extract(text).quantities if q.value == 2000)
    assert (police.measure, police.category) == ("officer", "officer")


def test_police_before_a_counted_noun_is_a_modifier(extractor: Extractor) -> None:
    (q,) = extractor.extract("Protesters set fire to 14 police stations overnight.").quantities
    assert q.measure == "station"


def test_servicepersons_are_troops(extractor: Extractor) -> None:
    text = "The agency said Minsk had sent 800 more servicepersons to the border."
    [q] = extractor.extract(text).quantities
    assert (q.value, q.measure) == (800, "troop")


def test_a_service_station_counts_no_troops(extractor: Extractor) -> None:
    text = "The chain said it would open 800 more service stations next year."
    assert all(q.measure != "troop" for q in extractor.extract(text).quantities)



@pytest.mark.parametrize(
    ("text", "value"),
    [("Wellington pledged NZ$12 million for demining.", 12e6), ("Singapore gave S$4m.", 4e6)],
)
def test_a_dollar_sign_with_its_countrys_letters_is_money(
    extractor: Extractor, text: str, value: float
) -> None:
    (figure,) = extractor.extract(text).quantities
    assert (figure.value, figure.measure) == (value, "dollar")


def test_a_plain_count_after_a_country_code_is_no_money(extractor: Extractor) -> None:
    # Near miss: "NZ" alone is no currency; the count keeps its noun.
    (figure,) = extractor.extract("The NZ squad named 16 players.").quantities
    assert figure.measure == "player"


@pytest.mark.parametrize(
    ("text", "value"),
    [("Canberra paid $US2.4 billion for the jets.", 2.4e9), ("The fund holds $A300m.", 3e8)],
)
def test_a_dollar_sign_before_its_countrys_letters_is_money(
    extractor: Extractor, text: str, value: float
) -> None:
    (figure,) = extractor.extract(text).quantities
    assert (figure.value, figure.measure) == (value, "dollar")


def test_a_dollar_sign_before_a_word_stays_no_money(extractor: Extractor) -> None:
    assert extractor.extract("Fans chanted $USA at 20 matches.").quantities[0].measure == "match"


@pytest.mark.parametrize("verb", ["refers", "includes", "excludes", "represents"])
def test_a_verb_after_a_number_is_no_unit(verb: str) -> None:
    # "the ministry's figure of 4,000 includes the wounded": the number is the subject
    assert normalise_measure(verb) is None


def test_a_figure_restated_with_a_verb_carries_no_verb_unit(extractor: Extractor) -> None:
    text = (
        "Officials said 3,000 Russian soldiers were killed or wounded. "
        "That figure of about 3,000 includes the wounded. "
        "They put the number killed at about 900."
    )
    found = {(q.value, q.measure) for q in extractor.extract(text).quantities}
    assert found == {(3000, "casualty"), (900, "casualty")}


def test_a_plural_noun_after_a_number_is_still_a_unit(extractor: Extractor) -> None:
    # near miss: a noun, not a verb, follows the number
    facts = extractor.extract("Kyiv said 40 shells hit the town.")
    found = {(q.value, q.measure) for q in facts.quantities}
    assert found == {(40, "shell")}


def test_uavs_and_unmanned_aircraft_count_as_drones(extractor: Extractor) -> None:
    # "UAV" is the abbreviation of "unmanned aerial vehicle", which counts as drones
    text = (
        "Belarus said it had downed 37 UAVs near Gomel overnight. "
        "The air force counted 12 unmanned aircraft over the border."
    )
    found = {(q.value, q.measure) for q in extractor.extract(text).quantities}
    assert found == {(37, "drone"), (12, "drone")}


def test_uav_attacks_count_attacks(extractor: Extractor) -> None:
    # near miss: "UAV" before another counted noun modifies it, as "drone attacks" do
    facts = extractor.extract("Kharkiv recorded 14 UAV attacks on Sunday.")
    assert {(q.value, q.measure) for q in facts.quantities} == {(14, "attack")}


@pytest.mark.parametrize(
    "text",
    [
        "Kyiv said the brigade had brought its strength back to about 4,200 despite heavy "
        "casualties in the spring.",
        "The ministry said the garrison still numbered roughly 3,500 amid heavy losses.",
    ],
)
def test_a_preposition_after_a_bare_number_is_no_modifier(extractor: Extractor, text: str) -> None:
    # "despite heavy casualties" opens a phrase of its own: the number counts no casualties.
    assert all(q.measure not in {"casualty", "loss"} for q in extractor.extract(text).quantities)


def test_a_modifier_before_the_counted_noun_still_reads(extractor: Extractor) -> None:
    # Near miss: adjectives between the number and its noun stay modifiers.
    text = "The ministry said 4,200 heavily armed soldiers were sent to the border."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure) == (4200, "troop")
