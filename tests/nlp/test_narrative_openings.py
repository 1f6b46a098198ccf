"""Openings that set a sentence back in an earlier time: a fronted past "when" clause dated
by its year, and "By the following spring," (`bot.nlp.narrative_openings`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[tuple[float | None, Modality]]:
    return [(q.value, q.modality) for q in extractor.extract(text).quantities]


def test_a_when_clause_dated_by_its_year_is_history(extractor: Extractor) -> None:
    text = (
        "When the border accord between Iran and Iraq took effect on 2 March 2023, about "
        "6,000 Iranian troops were already stationed in the north."
    )
    facts = extractor.extract(text)
    assert [(q.value, q.modality) for q in facts.quantities] == [(6000, Modality.BACKGROUND)]
    assert all(e.modality is Modality.BACKGROUND for e in facts.events)


def test_a_when_clause_of_a_treaty_step_makes_the_step_history(extractor: Extractor) -> None:
    text = (
        "When the defence pact between Japan and India entered into force in May 2022, the "
        "two navies held their first joint drill."
    )
    steps = [(e.stage, e.modality) for e in extractor.extract(text).events]
    assert steps == [(Stage.IN_FORCE, Modality.BACKGROUND)]


def test_a_when_clause_without_a_year_stays_news(extractor: Extractor) -> None:
    text = (
        "When the talks ended on Friday, about 6,000 Iranian troops were stationed in the "
        "north."
    )
    assert _modalities(extractor, text) == [(6000, Modality.REPORTED)]


def test_a_when_clause_ahead_stays_a_plan(extractor: Extractor) -> None:
    text = "When the accord takes effect in 2027, Iran will send 6,000 troops to the north."
    assert _modalities(extractor, text) == [(6000, Modality.PLANNED)]


def test_by_the_following_season_is_history(extractor: Extractor) -> None:
    text = (
        "By the following summer, according to Iraqi officials, about 2,000 more Iranian "
        "troops had arrived."
    )
    assert _modalities(extractor, text) == [(2000, Modality.BACKGROUND)]


def test_the_following_without_a_time_stays_news(extractor: Extractor) -> None:
    text = "The following units, about 2,000 soldiers in all, arrived on Monday."
    assert _modalities(extractor, text) == [(2000, Modality.REPORTED)]
