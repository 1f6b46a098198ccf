"""'The enemy also lost ...' continues the loser of the count before."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str, measure: str) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities if q.measure == measure]


def test_the_enemy_also_lost_continues_the_loser(extractor: Extractor) -> None:
    text = (
        "Russian forces lost 1,150 soldiers in the past day, the General Staff of Ukraine said. "
        "The enemy also lost 12 tanks and 30 artillery systems."
    )
    assert _actors(extractor, text, "tank") == ["Russia"]


def test_without_also_the_loser_is_the_claimants_enemy(extractor: Extractor) -> None:
    text = (
        "Russian forces lost 1,150 soldiers in the past day, the General Staff of Ukraine said. "
        "In all, the enemy has lost 410 tanks in the region."
    )
    assert _actors(extractor, text, "tank") == ["Russia"]
