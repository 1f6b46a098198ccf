from __future__ import annotations

import pytest

from bot.models import Mention
from bot.nlp import Extractor


def mentions(extractor: Extractor, text: str, title: str | None = None) -> list[Mention]:
    return list(extractor.extract(text, title=title).mentions)


def test_offsets_and_surfaces(extractor: Extractor) -> None:
    text = "Officials in Pyongyang and the D.P.R.K. embassy met N. Korea's envoy."
    found = mentions(extractor, text)
    assert [(m.entity, m.surface) for m in found] == [
        ("North Korea", "Pyongyang"),
        ("North Korea", "D.P.R.K."),
        ("North Korea", "N. Korea"),
    ]
    for m in found:
        assert text[m.start : m.end] == m.surface


def test_longest_match_wins(extractor: Extractor) -> None:
    text = "South Korea's National Intelligence Service briefed the State Duma."
    assert [(m.entity, m.surface) for m in mentions(extractor, text)] == [
        ("South Korea", "South Korea"),
        ("NIS", "National Intelligence Service"),
        ("State Duma", "State Duma"),
    ]


def test_curly_possessive(extractor: Extractor) -> None:
    text = "Kyiv’s allies met Ukraine’s military intelligence chief."
    assert [(m.entity, m.surface) for m in mentions(extractor, text)] == [
        ("Ukraine", "Kyiv"),
        ("GUR", "Ukraine’s military intelligence"),
    ]


@pytest.mark.parametrize(
    "text",
    [
        "Washington County officials closed two roads.",
        "North American stocks rose on Monday.",
        "Fans filled the Kim Il Sung Stadium for the final.",
        "Give us ten minutes, she said.",
        "The farm raised 500 turkeys and some chad.",
        "Denzel Washington starred in the film.",
        "Kim Yo Jong issued a statement.",
    ],
)
def test_no_false_mentions(extractor: Extractor, text: str) -> None:
    found = mentions(extractor, text)
    assert not [m for m in found if m.entity in {"United States", "Kim Jong Un", "Turkey",
                                                  "Chad"}]  # fmt: skip


def test_case_sensitive_abbreviation(extractor: Extractor) -> None:
    assert [m.entity for m in mentions(extractor, "The US and the UK agreed.")] == [
        "United States",
        "United Kingdom",
    ]


def test_headline_capitals(extractor: Extractor) -> None:
    assert [m.entity for m in mentions(extractor, "PUTIN MEETS KIM JONG UN")] == [
        "Vladimir Putin",
        "Kim Jong Un",
    ]


def test_the_north_in_a_korea_story(extractor: Extractor) -> None:
    text = "The North fired two missiles, the South’s military said."
    found = mentions(extractor, text, title="Korea tensions rise again")
    assert [(m.entity, m.surface, m.start) for m in found] == [
        ("North Korea", "The North", 0),
        ("South Korea", "the South", text.index("the South")),
    ]


def test_the_north_from_text_context(extractor: Extractor) -> None:
    text = "Seoul said the North had launched a satellite."
    assert [m.entity for m in mentions(extractor, text)] == ["South Korea", "North Korea"]


def test_the_north_in_a_weather_report(extractor: Extractor) -> None:
    text = "Heavy snow is forecast for the North on Friday, and the South stays mild."
    assert mentions(extractor, text, title="Weather: cold snap ahead") == []


def test_a_korean_cuisine_leaves_the_north_a_region(extractor: Extractor) -> None:
    text = (
        "Gales are due across the North tonight. A Korean barbecue bar opens on the quay "
        "next week."
    )
    assert mentions(extractor, text, title="Gales for the North") == []


def test_the_north_atlantic_is_not_korea(extractor: Extractor) -> None:
    text = "Pyongyang watched ships cross the North Atlantic."
    assert [m.entity for m in mentions(extractor, text)] == ["North Korea"]


def test_user_aliases_are_matched() -> None:
    from bot.nlp.gazetteer import default_gazetteer

    gaz = default_gazetteer().with_aliases({"Hanwha": ["Hanwha Aerospace", "hanwha"]})
    extractor = Extractor(gaz, model="blank")
    found = extractor.extract("Hanwha Aerospace and HANWHA shares rose.").mentions
    assert [(m.entity, m.surface) for m in found] == [
        ("Hanwha", "Hanwha Aerospace"),
        ("Hanwha", "HANWHA"),
    ]


def test_the_north_at_the_start_and_the_end_of_a_text(extractor: Extractor) -> None:
    text = "North Korea is silent. Seoul blamed the North"
    assert [(m.entity, m.surface) for m in mentions(extractor, text)] == [
        ("North Korea", "North Korea"), ("South Korea", "Seoul"), ("North Korea", "the North")
    ]  # fmt: skip
    assert mentions(extractor, "North winds blew.") == []


def test_the_armed_forces_acronym_names_ukraine(extractor: Extractor) -> None:
    text = "The AFU lost a bridgehead, the ministry said."
    assert [m.entity for m in mentions(extractor, text)] == ["Ukraine"]


@pytest.mark.parametrize(
    "text",
    [
        "Storms will sweep the North and West of the state on Sunday, forecasters said.",
        "Frost is expected across the North of the island overnight.",
    ],
)
def test_a_compass_region_is_no_korea(extractor: Extractor, text: str) -> None:
    title = "Seoul and Pyongyang trade warnings on Korean border"
    assert "North Korea" not in {m.entity for m in mentions(extractor, text, title)}


def test_the_north_and_the_south_are_still_the_koreas(extractor: Extractor) -> None:
    text = "Talks between the North and South resumed at Panmunjom, a Korean official said."
    assert "North Korea" in {m.entity for m in mentions(extractor, text)}


def test_a_demonym_is_no_given_name_before_a_recurring_word(extractor: Extractor) -> None:
    # "Senate" stands alone after "Chile's" too, as a surname would; "Chilean" is no first name.
    text = (
        "Chilean Senate backs fisheries pact with Peru\n"
        "SANTIAGO, May 4 (Wire) - Chile's Senate on Tuesday approved the pact."
    )
    assert "Chilean" in {m.surface for m in mentions(extractor, text)}


def test_north_east_story_names_no_north_korea(extractor: Extractor) -> None:
    text = (
        "A Sunderland plant will make parts for South Korean tanks, a boost for jobs in the "
        "North. Leaders in the North East welcomed the order."
    )
    assert "North Korea" not in extractor.extract(text).entities()


def test_north_east_asia_keeps_the_north_korean_sense(extractor: Extractor) -> None:
    # Near miss: "the North East Asian" names a continent's region, not England's.
    text = (
        "Seoul said the North fired two missiles, a threat to the North East Asian order "
        "and to South Korean cities."
    )
    assert "North Korea" in extractor.extract(text).entities()


def test_the_north_paired_with_a_region_is_a_region(extractor: Extractor) -> None:
    text = "Seoul's shipyard won the order. Frost is due in the North and Silesia overnight."
    assert [m.entity for m in mentions(extractor, text)] == ["South Korea"]


def test_the_north_paired_with_a_state_is_still_korea(extractor: Extractor) -> None:
    text = "Seoul said the North and China held talks."
    assert "North Korea" in [m.entity for m in mentions(extractor, text)]


def test_a_yonhap_style_demonym_is_the_country_and_counts_its_soldiers(
    extractor: Extractor,
) -> None:
    facts = extractor.extract("NIS says 3,000 N. Korean soldiers sent to Russia")
    assert "North Korea" in {m.entity for m in facts.mentions}
    assert [(q.value, q.measure, q.actor) for q in facts.quantities] == [
        (3000, "troop", "North Korea")
    ]


def test_a_yonhap_style_demonym_modifies_the_noun_after_it(extractor: Extractor) -> None:
    (q,) = extractor.extract("S. Korean official says 1,500 N. Koreans killed").quantities
    assert q.claimant is not None and q.claimant.name == "S. Korean official"
    assert q.claimant.entities == ("South Korea",)


@pytest.mark.parametrize(
    "text",
    [
        "A deputy of the St Petersburg City Duma wrote on Telegram that the vote was close.",
        "The Kursk Regional Duma met on Friday to discuss the budget.",
    ],
)
def test_a_local_duma_is_russia_not_the_state_duma(extractor: Extractor, text: str) -> None:
    found = {m.entity for m in mentions(extractor, text)}
    assert "State Duma" not in found
    assert "Russia" in found


def test_a_bare_duma_is_still_the_state_duma(extractor: Extractor) -> None:
    text = "The Duma voted on Friday to approve the budget, the city council said."
    assert "State Duma" in {m.entity for m in mentions(extractor, text)}
