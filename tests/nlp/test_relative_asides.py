"""A future told inside a set-off relative clause plans only that clause."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_a_will_inside_a_which_aside_leaves_the_count_news(extractor: Extractor) -> None:
    text = (
        "The African Union force, which will guard the new border crossings, has about "
        "8,000 soldiers in the region."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_a_will_in_the_main_clause_still_plans(extractor: Extractor) -> None:
    text = (
        "The African Union force, which guards the border crossings, will send about "
        "8,000 soldiers to the region."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.PLANNED


def test_an_estimate_runs_on_past_a_which_aside(extractor: Extractor) -> None:
    text = (
        "Kyiv put Russia's losses during the offensive on the town, which started in the "
        "spring, at more than 20,000 killed and wounded."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor == "Russia"
    assert q.claimant is not None and q.claimant.name == "Kyiv"


def test_a_date_inside_the_aside_does_not_date_the_figure(extractor: Extractor) -> None:
    text = (
        "The insurgency, which began in March 2021, has displaced more than 400,000 "
        "people, the aid agency said."
    )
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED


def test_an_aside_that_runs_on_with_and_closes_nothing(extractor: Extractor) -> None:
    text = (
        "Kyiv put Russia's losses during the offensive on the town, which started in the "
        "spring, and lasted weeks at more than 20,000 killed and wounded."
    )
    (q,) = extractor.extract(text).quantities
    assert q.claimant is None


def test_the_subject_before_an_aside_acts_after_it(extractor: Extractor) -> None:
    text = (
        "North Korea, which had long denied any role in the war, has now sent 3,000 troops "
        "to Russia."
    )
    (q,) = extractor.extract(text).quantities
    assert q.actor == "North Korea"
