"""A figure set in a finished war ("to the Korean War") is history; "since" it is not."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


def test_figures_of_a_war_long_over_are_history(extractor: Extractor) -> None:
    text = "Canada sent about 26,000 troops to the Korean War, and 516 of them died."
    assert _modalities(extractor, text) == [Modality.BACKGROUND, Modality.BACKGROUND]


def test_a_world_war_dates_its_losses(extractor: Extractor) -> None:
    text = "Britain lost 384,000 soldiers during the Second World War."
    assert _modalities(extractor, text) == [Modality.BACKGROUND]


def test_a_deployment_measured_since_a_past_war_stays_news(extractor: Extractor) -> None:
    text = "North Korea has sent 12,000 troops to Russia, its first war since the Korean War."
    assert _modalities(extractor, text) == [Modality.REPORTED]


def test_a_war_in_a_relative_clause_dates_only_that_clause(extractor: Extractor) -> None:
    text = (
        "For Park, 80, who fled south during the Korean War, news that 3,000 North Korean "
        "soldiers are in Russia felt like a door opening."
    )
    assert _modalities(extractor, text) == [Modality.REPORTED]


def test_a_war_named_by_its_year_is_history(extractor: Extractor) -> None:
    text = "In the 1994 war, which lasted 30 days, some 4,000 fighters were killed."
    assert _modalities(extractor, text) == [Modality.BACKGROUND, Modality.BACKGROUND]


def test_a_war_counted_in_days_is_history(extractor: Extractor) -> None:
    text = "Ankara sent no troops during the 9-day war, in which 700 soldiers were killed."
    assert _modalities(extractor, text)[-1] == Modality.BACKGROUND


def test_the_war_still_going_stays_news(extractor: Extractor) -> None:
    text = "Ankara sent no troops during the war, in which 700 soldiers have been killed."
    assert _modalities(extractor, text) == [Modality.REPORTED]


def test_a_count_since_a_dated_war_stays_news(extractor: Extractor) -> None:
    text = "Since the 1994 war, about 400 soldiers have been killed in border clashes."
    assert _modalities(extractor, text) == [Modality.REPORTED]
