"""A figure in a ", which ..." aside dated to the past is history; the news stays news."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> dict[float | None, Modality]:
    return {q.value: q.modality for q in extractor.extract(text).quantities}


def test_a_deployment_a_relative_clause_dates_last_year_is_history(
    extractor: Extractor,
) -> None:
    text = (
        "Belarus, which sent about 2,000 troops to the border last year, has now moved "
        "some 3,000 more there, Lithuania's army said."
    )
    found = _modalities(extractor, text)
    assert found[2000] is Modality.BACKGROUND and found[3000] is Modality.REPORTED


def test_an_aside_dated_years_ago_is_history(extractor: Extractor) -> None:
    text = "Norway, who ordered 54 tanks three years ago, said on Monday it would buy 20 more."
    assert _modalities(extractor, text)[54] is Modality.BACKGROUND


def test_a_count_an_aside_runs_up_to_now_stays_news(extractor: Extractor) -> None:
    text = "Moldova, which has trained 4,000 reservists since last year, plans a new call-up."
    assert _modalities(extractor, text)[4000] is Modality.REPORTED


def test_an_undated_aside_stays_news(extractor: Extractor) -> None:
    text = "Belarus, which has about 2,000 troops at the border, denied any build-up."
    assert _modalities(extractor, text)[2000] is Modality.REPORTED
