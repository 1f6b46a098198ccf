"""An enemy whose source names no side is the attacked side's enemy
(`bot.nlp.enemy_targets`)."""

from __future__ import annotations

from bot.nlp import Extractor


def _owners(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(q.measure, q.actor) for q in extractor.extract(text).quantities]


def test_the_enemy_launching_over_ukraine_is_russia(extractor: Extractor) -> None:
    text = (
        "According to the air defence command, overnight the enemy launched over Ukraine "
        "112 drones."
    )
    assert _owners(extractor, text) == [("drone", "Russia")]


def test_the_enemy_attacking_russian_territory_is_ukraine(extractor: Extractor) -> None:
    text = (
        "According to the regional governor, the enemy attacked Russian territory with "
        "23 drones overnight."
    )
    assert _owners(extractor, text) == [("drone", "Ukraine")]


def test_an_enemy_attacking_no_named_side_stays_unnamed(extractor: Extractor) -> None:
    text = "According to the army command, the enemy launched 40 drones at the border posts."
    assert _owners(extractor, text) == [("drone", None)]
