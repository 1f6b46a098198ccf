"""The owner named after a force noun: "2,000 soldiers of the army of the DPRK"."""

from __future__ import annotations

from bot.nlp import Extractor


def _actors(extractor: Extractor, text: str) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities]


def test_the_army_of_a_country_owns_its_soldiers(extractor: Extractor) -> None:
    text = "Some 2,000 soldiers of the army of the DPRK were wounded, Kyiv said."
    assert _actors(extractor, text) == ["North Korea"]


def test_the_armed_forces_of_a_country_own_their_servicemen(extractor: Extractor) -> None:
    text = "Moscow said 150 servicemen of the armed forces of Ukraine had surrendered."
    assert _actors(extractor, text) == ["Ukraine"]


def test_a_place_of_a_country_is_no_force(extractor: Extractor) -> None:
    text = "Some 2,000 residents of the region of Kursk in Russia were evacuated, officials said."
    assert _actors(extractor, text) == [None]
