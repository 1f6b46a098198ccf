"""Loss tallies told over several sentences (`bot.nlp.tally_lists`)."""

from __future__ import annotations

from bot.nlp import Extractor

TALLY = "Russia has lost 250,000 soldiers since March, Kyiv said on Monday. "


def test_lost_with_only_a_period_after_is_a_casualty(extractor: Extractor) -> None:
    text = "Officials said 900 soldiers lost over the past day had not been identified."
    [q] = extractor.extract(text).quantities
    assert q.category == "casualty"


def test_lost_with_an_object_is_no_casualty(extractor: Extractor) -> None:
    text = "Officials said 900 soldiers lost their positions near the river."
    assert all(q.category != "casualty" for q in extractor.extract(text).quantities)


def test_a_continued_list_keeps_the_side(extractor: Extractor) -> None:
    text = TALLY + "The total includes 900 soldiers lost in the past day. " + (
        "It also listed 40 tanks and 95 drones destroyed."
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.actor) for q in found] == [
        (250000, "Russia"), (900, "Russia"), (40, "Russia"), (95, "Russia")
    ]


def test_another_state_named_is_its_own_side(extractor: Extractor) -> None:
    text = TALLY + "It also said Belarus had 40 tanks destroyed."
    assert [(q.value, q.actor) for q in extractor.extract(text).quantities][-1] == (
        40, "Belarus"
    )


def test_a_share_included_in_a_count_keeps_its_side(extractor: Extractor) -> None:
    text = (
        "Kyiv said about 9,000 Belarusian soldiers had been killed or wounded, including "
        "around 700 dead."
    )
    assert [(q.value, q.actor) for q in extractor.extract(text).quantities] == [
        (9000, "Belarus"), (700, "Belarus")
    ]


def test_ranks_listed_inside_a_troop_count_are_the_same_army(extractor: Extractor) -> None:
    text = (
        "Vilnius says about 400 Belarusian soldiers are on the border. Kyiv puts the figure "
        "at about 2,500, including 90 officers and two generals."
    )
    found = extractor.extract(text).quantities
    assert [(q.value, q.actor) for q in found] == [
        (400, "Belarus"), (2500, "Belarus"), (90, "Belarus"), (2, "Belarus")
    ]


def test_ranks_only_beside_a_troop_count_take_no_side(extractor: Extractor) -> None:
    text = "Minsk has sent about 4,000 Belarusian soldiers; the academy trained 200 officers."
    officers = next(q for q in extractor.extract(text).quantities if q.value == 200)
    assert officers.actor is None


def test_the_enemys_losses_after_another_sides_count_are_the_tellers_foe(
    extractor: Extractor,
) -> None:
    text = (
        "About 12,000 North Korean soldiers are fighting in the Kursk region, Kyiv said.\n"
        "The total losses of the enemy since the start of the invasion are about 650,000 "
        "personnel, the General Staff of Ukraine reports."
    )
    q = next(q for q in extractor.extract(text).quantities if q.value == 650000)
    assert q.actor == "Russia"


def test_a_tally_going_on_without_the_enemy_keeps_the_side_before(
    extractor: Extractor,
) -> None:
    text = (
        "Russia has lost about 640,000 soldiers, the General Staff of Ukraine said.\n"
        "The total now stands at 650,000 personnel, it said."
    )
    q = next(q for q in extractor.extract(text).quantities if q.value == 650000)
    assert q.actor == "Russia"
