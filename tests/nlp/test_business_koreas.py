"""A text naming Korea only as a firm's home uses "the North" for a region
(`bot.nlp.business_koreas`)."""

from __future__ import annotations

from bot.nlp import Extractor
from bot.nlp.business_koreas import only_firms_korean

_FIRM = "A South Korean arms maker has opened a tank plant outside Leeds. "


def _entities(extractor: Extractor, text: str) -> list[str]:
    return [m.entity for m in extractor.extract(text).mentions]


def test_the_north_in_a_story_on_a_korean_firm_is_a_region(extractor: Extractor) -> None:
    text = _FIRM + '"Jobs in the North were vanishing for years," the council leader said.'
    assert "North Korea" not in _entities(extractor, text)


def test_a_story_naming_seoul_keeps_the_north_a_korea(extractor: Extractor) -> None:
    text = _FIRM + "Seoul has long sold arms abroad to deter the North."
    assert "North Korea" in _entities(extractor, text)


def test_a_story_naming_pyongyang_keeps_the_north_a_korea(extractor: Extractor) -> None:
    text = _FIRM + "Pyongyang tested a missile, and the North warned of more."
    assert _entities(extractor, text).count("North Korea") == 2


def test_only_firm_modifiers_count() -> None:
    words = ["the", "korean", "company", "'s", "growth", "in", "the", "north"]
    assert only_firms_korean(words, None)
    assert not only_firms_korean(["korea", "'s", "hanwha", "grew"], None)
    assert not only_firms_korean(words, "Korean jobs for the North")
    assert not only_firms_korean(["jobs", "in", "the", "north"], None)  # no Korea at all


def test_a_korea_owning_a_firm_listed_after_a_firm_noun_is_its_home(
    extractor: Extractor,
) -> None:
    text = (
        "The navy has picked two bidders, France's Naval Group and South Korea's Hanwha "
        "Ocean, for its frigates. The ships will guard the North against smugglers."
    )
    assert "North Korea" not in _entities(extractor, text)


def test_a_korea_owning_a_firm_without_a_firm_noun_is_the_country(
    extractor: Extractor,
) -> None:
    text = (
        "The navy signed with France's Naval Group and South Korea's Hanwha Ocean for its "
        "frigates. The ships will guard against the North."
    )
    assert "North Korea" in _entities(extractor, text)


def test_listed_firms_need_the_firm_nouns_comma() -> None:
    assert only_firms_korean(
        ["two", "shipbuilders", ",", "korea", "'s", "hanwha", "and", "the", "north"], None
    )
    assert not only_firms_korean(["shipbuilders", "in", "korea", "'s", "south"], None)
