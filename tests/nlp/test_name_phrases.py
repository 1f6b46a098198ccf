"""Country names inside other names, and towns that share a country's name
(`bot.nlp.name_phrases`)."""

from __future__ import annotations

import pytest

from bot.nlp import Extractor


def entities(extractor: Extractor, text: str) -> list[str]:
    return [m.entity for m in extractor.extract(text).mentions]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("The plant was sold to Georgia-Pacific in 2015.", []),
        ("Anglers crowded the shore of Denmark Pond on Sunday.", []),
        ("The ferry ran aground near Sado Island late on Friday.", []),
        ("The striker joins his friend Chad Okafor, who moved here in May.", []),
        ("Park Min-ho said Lee Ji-eun, a lecturer, had left.", []),
        ("In the town of Denmark, 90 people attended the hearing.", []),
        ("Residents of Norway, a town of about 5,000, voted on Monday.", []),
        ("The Lebanon select board met on Tuesday.", []),
        ("Snow fell on towns in the hills, including Peru, Sweden and Mexico.", []),
        ("A new clinic opened in Paris, Tennessee, on Monday.", []),
        # real countries stay
        ("The Russia-Ukraine war entered its fourth year.", ["Russia", "Ukraine"]),
        # the dateline's capital, then the adjective (curated: the country table lacks it)
        ("MANILA - The Philippine Senate met on Monday.", ["Philippines", "Philippines"]),
        ("Exports from Norway to Sweden rose in May.", ["Norway", "Sweden"]),
    ],
)
def test_names_inside_names_and_towns(extractor: Extractor, text: str, expected: list[str]) -> None:
    assert entities(extractor, text) == expected


def test_a_town_named_once_is_the_town_throughout(extractor: Extractor) -> None:
    text = (
        "Voters in the town of Poland approved a new fire station.\n"
        "The station will serve Poland and two neighbouring towns, and a Canadian firm will "
        "build it."
    )
    assert entities(extractor, text) == ["Canada"]
