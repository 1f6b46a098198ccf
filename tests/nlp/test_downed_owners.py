"""Weapons shot down, jammed or intercepted are counted for the side that launched them."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor


def _owners(extractor: Extractor, text: str) -> list[tuple[float | None, str, str | None]]:
    return [(q.value, q.measure, q.actor) for q in extractor.extract(text).quantities]


def test_a_named_defenders_kills_are_the_other_sides_drones(extractor: Extractor) -> None:
    text = "Ukrainian air defences brought down 61 drones overnight, the air force said."
    assert _owners(extractor, text) == [(61, "drone", "Russia")]


def test_a_part_of_the_drones_launched_is_the_launchers(extractor: Extractor) -> None:
    text = (
        "Russia fired 90 drones at Kharkiv overnight, the regional governor said. "
        "Air defences destroyed 70 of them."
    )
    assert _owners(extractor, text) == [(90, "drone", "Russia"), (70, "drone", "Russia")]


def test_a_part_of_a_whole_launched_by_a_side_is_that_sides(extractor: Extractor) -> None:
    text = "Ukraine's air force said it intercepted 40 of 52 drones launched by Russia."
    assert _owners(extractor, text) == [(40, "drone", "Russia"), (52, "drone", "Russia")]


def test_an_unnamed_defender_is_the_reporting_side(extractor: Extractor) -> None:
    text = "Forty drones were shot down over the Belgorod region, Russia's defence ministry said."
    assert _owners(extractor, text) == [(40, "drone", "Ukraine")]


def test_every_weapon_of_a_shot_down_list_is_the_attackers(extractor: Extractor) -> None:
    text = (
        "Russia's defence ministry said its air defence systems shot down six rockets, "
        "four guided bombs and 31 drones."
    )
    assert _owners(extractor, text) == [
        (6, "rocket", "Ukraine"),
        (4, "bomb", "Ukraine"),
        (31, "drone", "Ukraine"),
    ]


def test_counts_listed_before_their_fate_are_the_launchers(extractor: Extractor) -> None:
    text = (
        "Russia sent 120 drones and nine missiles against Ukraine, the air force said, "
        "adding that 101 drones and seven missiles had been shot down."
    )
    assert [actor for _, _, actor in _owners(extractor, text)] == ["Russia"] * 4


def test_counts_downed_or_jammed_after_a_launch_are_the_launchers(extractor: Extractor) -> None:
    text = (
        "Russia launched 75 drones overnight, Ukraine's air force said. "
        "Forty were downed and 22 were lost to jamming."
    )
    assert [actor for _, _, actor in _owners(extractor, text)] == ["Russia"] * 3


def test_an_owner_named_on_the_drones_wins(extractor: Extractor) -> None:
    text = "Russia's defence ministry said its air defences intercepted 27 Ukrainian drones."
    assert _owners(extractor, text) == [(27, "drone", "Ukraine")]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # a loss list: the loser, who is also the owner
        ("Ukraine's General Staff said Russia has lost 31,000 drones since the invasion.",
         [(31000, "drone", "Russia")]),
        # a deal: the buyer
        ("Poland signed a deal for 800 air defence missiles.", [(800, "missile", "Poland")]),
        # drones that struck, not brought down
        ("Nine drones struck energy facilities, the air force said.", [(9, "drone", None)]),
        # a defender outside the known two-sided wars names no attacker
        ("Israeli air defences intercepted 20 rockets on Monday.", [(20, "rocket", None)]),
    ],
)  # fmt: skip
def test_counts_that_are_not_shoot_downs_or_have_no_known_attacker(
    extractor: Extractor, text: str, expected: list[tuple[float, str, str | None]]
) -> None:
    assert _owners(extractor, text) == expected


def test_a_part_told_by_of_which_leaves_the_whole_its_launcher(extractor: Extractor) -> None:
    text = (
        "Overnight, Russia struck the Odesa region with 75 attack drones, 52 of which were "
        "shot down, the Southern Defence Forces said."
    )
    found = [(q.value, q.actor) for q in extractor.extract(text).quantities]
    assert found == [(75, "Russia"), (52, "Russia")]


def test_the_whole_before_an_of_which_part_keeps_its_launcher(extractor: Extractor) -> None:
    text = (
        "Overnight, Russia struck Ukraine with 80 drones, 65 of which were shot down, "
        "the air force said."
    )
    found = {q.value: q.actor for q in extractor.extract(text).quantities}
    assert found == {80: "Russia", 65: "Russia"}


def test_listed_downed_counts_still_share_their_fate(extractor: Extractor) -> None:
    # Near miss: a plain list of counts brought down, no "of which" part.
    text = "Air defences shot down 40 drones, 12 missiles and 3 rockets, the air force said."
    found = {q.value: q.actor for q in extractor.extract(text).quantities}
    assert found == {40: None, 12: None, 3: None}
