"""A consent given "to the law ratifying" a treaty is the ratification, done
(`bot.nlp.granted_consents`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> list[tuple[Stage, Modality]]:
    return [(e.stage, e.modality) for e in extractor.extract(text).events]


def test_consent_given_to_the_ratifying_law_is_news(extractor: Extractor) -> None:
    text = (
        "Austria's Federal Council on Thursday gave its consent to the law ratifying the "
        "Austrian-Slovenian agreement on border policing."
    )
    assert _steps(extractor, text) == [(Stage.RATIFIED, Modality.REPORTED)]


def test_final_approval_given_to_the_ratification_is_news(extractor: Extractor) -> None:
    text = (
        "The Spanish Senate on Tuesday gave final approval to the ratification of the "
        "convention between Spain and Morocco on judicial cooperation."
    )
    assert _steps(extractor, text) == [(Stage.RATIFIED, Modality.REPORTED)]


def test_consent_still_expected_stays_planned(extractor: Extractor) -> None:
    text = (
        "Austria's Federal Council is expected to give its consent to the law ratifying the "
        "Austrian-Slovenian agreement next month."
    )
    assert _steps(extractor, text) == [(Stage.RATIFIED, Modality.PLANNED)]


def test_a_mandate_to_ratify_stays_planned(extractor: Extractor) -> None:
    text = (
        "Parliament gave the government a mandate to ratify the agreement between Austria "
        "and Slovenia."
    )
    assert _steps(extractor, text) == [(Stage.RATIFIED, Modality.PLANNED)]
