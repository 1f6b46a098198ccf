"""A country's quarters named by compass points are no Korea (`bot.nlp.compass_regions`)."""

from __future__ import annotations

from bot.nlp import Extractor
from bot.nlp.compass_regions import compass_region, paired_with_region, regional_sides


def _words(text: str) -> list[str]:
    return text.replace(",", " ,").split()


def test_a_page_naming_the_north_east_uses_the_north_as_that_region() -> None:
    texts = _words("Jobs return to the North East , and the North gains most")
    lowers = [w.lower() for w in texts]
    sides = [k for k, w in enumerate(texts) if w == "North"]
    assert regional_sides(texts, lowers, sides) == {"North"}


def test_north_east_asia_is_no_quarter_of_a_country() -> None:
    texts = _words("Tension in the North East Asian order grows as the North tests missiles")
    lowers = [w.lower() for w in texts]
    sides = [k for k, w in enumerate(texts) if w == "North"]
    assert regional_sides(texts, lowers, sides) == set()


def test_the_north_of_a_country_and_its_other_points_are_regions() -> None:
    assert compass_region(_words("the North of England"), 2)
    assert compass_region(_words("the North and West of the state"), 2)
    assert not compass_region(_words("the North and Russia"), 2)


def test_a_pairing_with_an_unknown_capitalised_name_is_a_region() -> None:
    assert paired_with_region(_words("the North and Pomerania"), 2, taken=set())
    assert not paired_with_region(_words("the North and Russia"), 2, taken={3})


def test_a_region_named_without_the_makes_the_north_that_region() -> None:
    texts = _words("Drivers at Go North East struck , and rain will clear the North today")
    lowers = [w.lower() for w in texts]
    sides = [k for k, w in enumerate(texts) if w == "North"]
    assert regional_sides(texts, lowers, sides) == {"North"}


def test_the_north_west_pacific_is_no_quarter_of_a_country() -> None:
    texts = _words("Typhoons in the North West Pacific , and the North fired missiles")
    lowers = [w.lower() for w in texts]
    sides = [k for k, w in enumerate(texts) if w == "North"]
    assert regional_sides(texts, lowers, sides) == set()


def test_a_korea_story_naming_go_north_east_keeps_no_north_korea(extractor: Extractor) -> None:
    text = (
        "Sunderland signed South Korea winger Lee from Ulsan. Bus drivers at Go North East "
        "accepted a pay deal. Forecasters expect the rain to clear the North by Friday."
    )
    assert "North Korea" not in {m.entity for m in extractor.extract(text).mentions}


def test_the_north_in_a_weather_line_is_no_korea(extractor: Extractor) -> None:
    text = (
        "Hungary buys 40 South Korean howitzers\nBudapest signed the deal on Monday.\n"
        "Forecast: showers in the North and over the lakes on Sunday; highs of 24C."
    )
    assert "North Korea" not in extractor.extract(text).entities()


def test_the_north_of_a_weather_box_is_the_country_s_own_north(extractor: Extractor) -> None:
    text = (
        "Sunderland firm wins order\n"
        "Weather: Heavy rain moving into the North overnight. Max 11C\n"
        "A Sunderland firm that once supplied South Korea has won a new order."
    )
    assert "North Korea" not in extractor.extract(text).entities()


def test_the_north_firing_missiles_stays_the_korea(extractor: Extractor) -> None:
    text = (
        "Seoul protests launch\nThe South's military said the North fired two missiles "
        "into the sea on Sunday."
    )
    assert "North Korea" in extractor.extract(text).entities()


def test_the_north_outside_a_weather_box_is_still_the_korea(extractor: Extractor) -> None:
    text = (
        "Sunderland firm wins order\n"
        "A Sunderland firm that once supplied South Korea has won an order, and the North "
        "has protested.\n"
        "Weather: Heavy rain overnight. Max 11C"
    )
    assert "North Korea" in extractor.extract(text).entities()
