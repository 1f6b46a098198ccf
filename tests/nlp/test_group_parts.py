"""Parts of a group the sentence names without counting it (`bot.nlp.group_parts`)."""

from __future__ import annotations

from bot.nlp import Extractor


def test_a_part_of_an_owners_soldiers(extractor: Extractor) -> None:
    text = "Analysts think 4,000 of Kim Jong Un's soldiers are in Kursk."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (4000, "troop", "North Korea")


def test_the_dead_among_a_group_named_earlier(extractor: Extractor) -> None:
    text = (
        "The brigade said its drones hit North Korean soldiers in a tree line, and that 25 of "
        "them had been killed."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (25, "casualty", "North Korea")


def test_things_named_before_a_dash(extractor: Extractor) -> None:
    text = "Moscow receives shells - about 3 million of them this year - from Pyongyang."
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure) == (3_000_000, "shell")


def test_a_range_of_a_counted_force(extractor: Extractor) -> None:
    text = (
        "Officials say 9,000 North Korean soldiers are in Russia, and Kyiv says 4,000 to "
        "5,000 of them are at the front."
    )
    ranged = [q for q in extractor.extract(text).quantities if q.value_max is not None]
    assert [(q.value, q.value_max, q.qualifier, q.measure, q.actor) for q in ranged] == [
        (4000, 5000, "range", "troop", "North Korea")
    ]


def test_one_of_them_is_no_count(extractor: Extractor) -> None:
    text = "The pact binds the parties to help if one of them is attacked."
    assert extractor.extract(text).quantities == ()


def test_a_verb_before_the_part_is_no_group(extractor: Extractor) -> None:
    assert extractor.extract("It counts roughly 4,700 of them wounded.").quantities == ()


def test_the_dead_among_its_soldiers_are_the_senders(extractor: Extractor) -> None:
    text = (
        "An official said Moscow had deployed about 30,000 troops to the border, and that some "
        "900 of its soldiers had died there."
    )
    dead = next(q for q in extractor.extract(text).quantities if q.value == 900)
    assert (dead.measure, dead.actor) == ("casualty", "Russia")


def test_its_soldiers_after_a_count_of_weapons_have_no_side(extractor: Extractor) -> None:
    text = (
        "The ministry said Moscow had lost 40 tanks near the river, and that 300 of its "
        "soldiers had died there."
    )
    dead = next(q for q in extractor.extract(text).quantities if q.value == 300)
    assert (dead.measure, dead.actor) == ("casualty", None)


def test_part_of_a_group_past_its_vague_casualties(extractor: Extractor) -> None:
    text = (
        "Officials said Belarusian soldiers had suffered dozens of casualties, and that "
        "about 2,500 of them remained near the border."
    )
    found = extractor.extract(text).quantities
    (part,) = [q for q in found if q.value == 2500]
    assert (part.category, part.actor) == ("troop", "Belarus")


def test_dead_among_vaguely_counted_casualties_stay_casualties(extractor: Extractor) -> None:
    text = (
        "Officials said Belarusian soldiers had suffered heavy casualties, and that about "
        "200 of them had been killed."
    )
    (q,) = extractor.extract(text).quantities
    assert q.category == "casualty"


def test_a_part_told_with_of_whom_belongs_to_the_group_before(extractor: Extractor) -> None:
    text = (
        "The ministry said the pact covered the Belarusian soldiers in the region, about 4,000 "
        "of whom Vilnius believes are near the border."
    )
    (q,) = extractor.extract(text).quantities
    assert (q.value, q.measure, q.actor) == (4000, "troop", "Belarus")


def test_the_wounded_of_whom_are_casualties_of_the_force(extractor: Extractor) -> None:
    text = "Minsk has sent 6,000 troops to the border, about 300 of whom were wounded in drills."
    values = [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]
    assert values == [(6000, "troop", "Belarus"), (300, "casualty", "Belarus")]


def test_of_whom_after_things_is_no_part_of_people(extractor: Extractor) -> None:
    text = "The plant built 40 tanks last year, 12 of whom the report does not mention."
    assert [q.value for q in extractor.extract(text).quantities if q.measure == "troop"] == []
