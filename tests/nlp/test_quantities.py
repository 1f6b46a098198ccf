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
