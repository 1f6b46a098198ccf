""""The enemy" in a belligerent's own tally is the other side of its war."""

from __future__ import annotations

from bot.nlp import Extractor


def _owners(extractor: Extractor, text: str) -> list[tuple[str, str | None]]:
    return [(q.measure, q.actor) for q in extractor.extract(text).quantities]


def test_a_russian_ministry_tally_of_the_enemy_counts_ukraines_losses(
    extractor: Extractor,
) -> None:
    text = (
        "Since the fighting began in the region, the enemy has lost more than 28,300 "
        "servicemen and 175 tanks, Russia's Defence Ministry said on Sunday."
    )
    assert _owners(extractor, text) == [("casualty", "Ukraine"), ("tank", "Ukraine")]


def test_a_ukrainian_bulletin_of_the_invaders_counts_russias_losses(
    extractor: Extractor,
) -> None:
    text = (
        "The invaders lost 1,260 personnel over the past day, Ukraine's General Staff "
        "reported on Friday."
    )
    assert _owners(extractor, text) == [("casualty", "Russia")]


def test_an_enemy_of_a_side_outside_the_known_wars_stays_unnamed(
    extractor: Extractor,
) -> None:
    text = "The enemy lost 340 fighters in the clashes, the Sudanese army said on Monday."
    assert _owners(extractor, text) == [("casualty", None)]


def test_a_source_named_after_the_tally_names_the_enemy(extractor: Extractor) -> None:
    text = (
        "Since August the enemy has lost more than 9,000 servicemen. This was reported by "
        "the General Staff of the Armed Forces of Ukraine on Sunday."
    )
    assert [q.actor for q in extractor.extract(text).quantities] == ["Russia"]


def test_an_enemy_after_the_figure_is_no_loser(extractor: Extractor) -> None:
    text = (
        "More than 9,000 shells were fired in the week, most at the enemy. This was stated "
        "on Sunday by the General Staff of the Armed Forces of Ukraine."
    )
    assert [q.actor for q in extractor.extract(text).quantities] == [None]
