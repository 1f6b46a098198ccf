"""Alias matches that mean something else in their phrase."""

from __future__ import annotations

from bot.nlp import Extractor


def _entities(extractor: Extractor, text: str) -> set[str]:
    return {m.entity for m in extractor.extract(text).mentions}


def test_a_treaty_named_after_a_city_is_no_mention_of_its_country(extractor: Extractor) -> None:
    assert "Japan" not in _entities(extractor, "Few states still honour the Kyoto Protocol.")
    assert "France" not in _entities(extractor, "The United States rejoined the Paris Agreement.")


def test_a_town_in_a_county_is_not_the_capital(extractor: Extractor) -> None:
    text = "Bus drivers in Moscow, Idaho, went on strike on Monday."
    assert "Russia" not in _entities(extractor, text)


def test_a_dateline_capital_stays_the_country(extractor: Extractor) -> None:
    text = "MOSCOW, Nov 5 (Wire) - Prices rose again."
    assert "Russia" in _entities(extractor, text)


def test_a_person_with_an_age_is_not_a_place(extractor: Extractor) -> None:
    text = "The club has signed Jordan Price, 22, on a three-year contract."
    assert "Jordan" not in _entities(extractor, text)


def test_a_body_of_another_state_is_not_the_namesake(extractor: Extractor) -> None:
    text = (
        "The raid was planned by the Main Intelligence Directorate of Russia's armed forces, "
        "officials said."
    )
    assert "GUR" not in _entities(extractor, text)
