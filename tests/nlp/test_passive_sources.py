"""Figures stated first, their source named after: "This was reported by X"."""

from __future__ import annotations

from bot.nlp import Extractor


def _claimants(extractor: Extractor, text: str) -> list[tuple[str, ...] | None]:
    return [q.claimant.entities if q.claimant else None for q in extractor.extract(text).quantities]


def test_this_was_reported_by_gives_the_source(extractor: Extractor) -> None:
    text = (
        "Losses of the Russian army over the past day amounted to 1,210 personnel. "
        "This was reported by the General Staff of the Armed Forces of Ukraine on Telegram."
    )
    assert _claimants(extractor, text) == [("Ukraine",)]


def test_a_claimed_figure_keeps_its_source(extractor: Extractor) -> None:
    text = (
        "Poland's defence ministry said 900 soldiers would take part in the drills. "
        "This was also reported by NATO."
    )
    (got,) = _claimants(extractor, text)
    assert got is not None and "Poland" in got


def test_an_active_report_by_names_no_earlier_source(extractor: Extractor) -> None:
    text = (
        "Losses of the Russian army over the past day amounted to 1,210 personnel. "
        "Ukraine reported by Monday that the front was quiet."
    )
    assert _claimants(extractor, text) == [None]


def _owners(extractor: Extractor, text: str) -> list[str | None]:
    return [q.actor for q in extractor.extract(text).quantities]


def test_the_vouched_sentence_enemy_is_the_source_opponent(extractor: Extractor) -> None:
    text = (
        "Overnight the enemy lost about 940 personnel and 12 artillery systems. "
        "This was reported by the General Staff of the Armed Forces of Ukraine on Telegram."
    )
    assert _owners(extractor, text) == ["Russia", "Russia"]


def test_an_enemy_with_no_vouching_source_stays_unnamed(extractor: Extractor) -> None:
    text = (
        "Overnight the enemy lost about 940 personnel and 12 artillery systems. "
        "The fighting went on near the river, the commander told reporters."
    )
    assert _owners(extractor, text) == [None, None]


def test_the_relaying_correspondent_passes_the_account_on(extractor: Extractor) -> None:
    text = (
        "Overnight the enemy lost about 940 personnel. "
        "This was reported by the General Staff of the Armed Forces of Ukraine on Telegram, "
        "a Wire correspondent informs. "
        "Air defence also destroyed 60 enemy drones over the eastern regions."
    )
    claims = _claimants(extractor, text)
    assert claims == [("Ukraine",), ("Ukraine",)]
    assert _owners(extractor, text) == ["Russia", "Russia"]


def test_a_correspondent_of_an_active_report_still_speaks(extractor: Extractor) -> None:
    text = (
        "The regional governor said 14 people were injured, a Wire correspondent reports. "
        "Rescue crews pulled 3 people from the rubble."
    )
    claimants = [q.claimant.name if q.claimant else None
                 for q in extractor.extract(text).quantities]  # fmt: skip
    assert claimants[0] == "The regional governor"


def test_where_and_when_may_stand_before_the_agent(extractor: Extractor) -> None:
    text = (
        "Losses of the Russian army over the past day amounted to 1,210 personnel. "
        "This was stated on Telegram on Sunday by the General Staff of the Armed Forces of "
        "Ukraine."
    )
    assert _claimants(extractor, text) == [("Ukraine",)]


def test_a_verb_inside_the_phrase_has_its_own_agent(extractor: Extractor) -> None:
    text = (
        "Losses of the Russian army over the past day amounted to 1,210 personnel. "
        "This was reported in a town captured by Russia."
    )
    assert _claimants(extractor, text) == [None]


def test_a_hyphenated_title_keeps_the_name_after_it(extractor: Extractor) -> None:
    text = (
        "Losses of the enemy since August exceed 9,000 servicemen. This was stated on "
        "Sunday by Commander-in-Chief of the Armed Forces of Ukraine Oleksandr Syrskyi. "
        "The grouping still ties down 20,000 troops, the Commander-in-Chief added."
    )
    got = _claimants(extractor, text)
    assert got == [("Oleksandr Syrskyi", "Ukraine")] * 2
