from __future__ import annotations

import pytest

from bot.errors import ConfigError
from bot.nlp import Extractor
from bot.nlp.gazetteer import Entity, Gazetteer, default_gazetteer


@pytest.mark.parametrize(
    ("alias", "name"),
    [
        ("North Korea", "North Korea"),
        ("north korean", "North Korea"),
        ("North Koreans", "North Korea"),
        ("DPRK", "North Korea"),
        ("dprk", "North Korea"),
        ("D.P.R.K.", "North Korea"),
        ("N. Korea", "North Korea"),
        ("Pyongyang", "North Korea"),
        ("Democratic People's Republic of Korea", "North Korea"),
        ("Democratic People’s Republic of Korea", "North Korea"),
        ("US", "United States"),
        ("U.S.", "United States"),
        ("USA", "United States"),
        ("Washington", "United States"),
        ("Americans", "United States"),
        ("UK", "United Kingdom"),
        ("Britain", "United Kingdom"),
        ("London", "United Kingdom"),
        ("Moscow", "Russia"),
        ("the Kremlin", "Russia"),
        ("Kremlin", "Russia"),
        ("Russians", "Russia"),
        ("Kyiv", "Ukraine"),
        ("Kiev", "Ukraine"),
        ("Ukrainian", "Ukraine"),
        ("Seoul", "South Korea"),
        ("ROK", "South Korea"),
        ("South Korean", "South Korea"),
        ("Kim Jong Un", "Kim Jong Un"),
        ("Kim Jong-un", "Kim Jong Un"),
        ("Putin", "Vladimir Putin"),
        ("Zelenskiy", "Volodymyr Zelensky"),
        ("Zelenskyy", "Volodymyr Zelensky"),
        ("Yoon", "Yoon Suk Yeol"),
        ("Duda", "Andrzej Duda"),
        ("nato", "NATO"),
        ("the Pentagon", "Pentagon"),
        ("National Intelligence Service", "NIS"),
        ("HUR", "GUR"),
        ("Ukraine's military intelligence", "GUR"),
        ("Duma", "State Duma"),
        ("Federation Council", "Federation Council"),
        ("United Nations", "UN"),
        ("European Union", "EU"),
        ("Warsaw", "Poland"),
        ("Chinese", "China"),
        ("Thais", "Thailand"),
        ("Paris", "France"),
        ("Democratic Republic of Congo", "Democratic Republic of the Congo"),
        ("Congo", "Democratic Republic of the Congo"),
        ("Republic of Congo", "Republic of the Congo"),
        ("Congo-Brazzaville", "Republic of the Congo"),
        ("Syrskyi", "Oleksandr Syrskyi"),
    ],
)
def test_lookup_aliases(alias: str, name: str) -> None:
    entity = default_gazetteer().lookup(alias)
    assert entity is not None
    assert entity.name == name


@pytest.mark.parametrize("alias", ["us", "Us", "Korea", "Korean", "the", "Kim", "", "KP"])
def test_lookup_rejects(alias: str) -> None:
    assert default_gazetteer().lookup(alias) is None


def test_entity_kinds_and_countries() -> None:
    gaz = default_gazetteer()
    cases = {
        "GUR": ("org", "Ukraine"),
        "NIS": ("org", "South Korea"),
        "Vladimir Putin": ("person", "Russia"),
        "Oleksandr Syrskyi": ("person", "Ukraine"),
        "State Duma": ("org", "Russia"),
        "Pentagon": ("org", "United States"),
        "NATO": ("org", None),
        "Ukraine": ("country", None),
    }
    for name, (kind, country) in cases.items():
        entity = gaz.get(name)
        assert entity is not None, name
        assert (entity.kind, entity.country) == (kind, country)


def test_affiliated() -> None:
    gaz = default_gazetteer()
    assert gaz.affiliated("GUR") == frozenset({"GUR", "Ukraine"})
    assert gaz.affiliated("Volodymyr Zelensky") == frozenset({"Volodymyr Zelensky", "Ukraine"})
    assert gaz.affiliated("Ukraine") == frozenset({"Ukraine"})
    assert gaz.affiliated("NATO") == frozenset({"NATO"})
    assert gaz.affiliated("Somebody") == frozenset({"Somebody"})


def test_with_aliases_adds_to_existing_and_new_entities() -> None:
    gaz = default_gazetteer()
    extended = gaz.with_aliases({"North Korea": ["Hermit Kingdom"], "Hanwha": ["Hanwha Aerospace"]})
    assert extended is not gaz
    assert extended.lookup("hermit kingdom").name == "North Korea"  # type: ignore[union-attr]
    assert extended.lookup("DPRK").name == "North Korea"  # type: ignore[union-attr]
    hanwha = extended.lookup("Hanwha Aerospace")
    assert hanwha == Entity("Hanwha", "custom", None, ("Hanwha Aerospace",))
    assert gaz.lookup("Hermit Kingdom") is None
    assert gaz.get("Hanwha") is None


def test_user_alias_never_steals_a_builtin_one() -> None:
    extended = default_gazetteer().with_aliases({"My Watch": ["Pyongyang"]})
    assert extended.lookup("Pyongyang").name == "North Korea"  # type: ignore[union-attr]


def test_iteration_covers_countries_people_and_orgs() -> None:
    kinds = {e.kind for e in default_gazetteer()}
    assert kinds == {"country", "person", "org"}
    assert len({e.name for e in default_gazetteer()}) > 250


def test_unknown_kind_is_a_config_error() -> None:
    with pytest.raises(ConfigError):
        Gazetteer([Entity("X", "planet", None, ())])


def test_a_possessive_alias_repeating_the_name_is_dropped() -> None:
    gaz = Gazetteer([
        Entity("France", "country", None, ()),
        Entity("General Staff", "org", "France", ("France's General Staff", "French staff")),
    ])  # fmt: skip
    assert gaz.lookup("France's General Staff") is None
    assert gaz.lookup("General Staff").name == "General Staff"  # type: ignore[union-attr]
    assert gaz.get("General Staff").aliases == ("French staff",)  # type: ignore[union-attr]


def test_the_country_before_its_body_is_mentioned(extractor: Extractor) -> None:
    facts = extractor.extract("South Korea's Joint Chiefs of Staff reported a launch at dawn.")
    assert {"South Korea", "Joint Chiefs of Staff"} <= facts.entities()


def test_a_shared_alias_belongs_to_one_entity_only() -> None:
    # Both the United States and a US territory list "American" as their demonym.
    owners = [e.name for e in default_gazetteer() if "American" in e.aliases]
    assert owners == ["United States"]


@pytest.mark.parametrize(
    ("text", "entities"),
    [
        ("Kyiv may use American-made rockets.", ["Ukraine", "United States"]),
        ("South American and Latin American envoys met.", []),
    ],
)
def test_american_mentions(extractor: Extractor, text: str, entities: list[str]) -> None:
    assert sorted(m.entity for m in extractor.extract(text).mentions) == entities


def test_an_article_on_the_us_state_drops_every_georgia(extractor: Extractor) -> None:
    text = (
        "Some 900 members of the Georgia National Guard left Savannah on Monday. "
        "They will serve Georgia well abroad, officers said."
    )
    facts = extractor.extract(text)
    assert "Georgia" not in facts.entities()
    assert all(q.actor != "Georgia" for q in facts.quantities)


def test_the_country_georgia_is_still_found(extractor: Extractor) -> None:
    assert "Georgia" in extractor.extract("Georgia has sent 200 troops abroad.").entities()
