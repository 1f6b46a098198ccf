"""A date inside a "that ... signed in May" relative clause on the treaty noun dates the
relative clause's signing, not the main verb right after it."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> dict[Stage, Modality]:
    return {e.stage: e.modality for e in extractor.extract(text).events}


def test_the_relative_clauses_month_dates_only_its_own_signing(extractor: Extractor) -> None:
    text = (
        "MINSK, Oct 9 (Wire) - The security accord that Belarus and Russia signed in Minsk in "
        "March took effect on Tuesday after both parliaments had backed it."
    )
    steps = _steps(extractor, text)
    assert steps[Stage.SIGNED] is Modality.BACKGROUND
    assert steps[Stage.IN_FORCE] is Modality.REPORTED


def test_a_month_dating_the_main_verb_still_makes_it_history(extractor: Extractor) -> None:
    # Near miss: no relative clause, so "in March" dates the taking effect itself.
    text = (
        "MINSK, Oct 9 (Wire) - The security accord between Belarus and Russia took effect in "
        "March after both parliaments had backed it."
    )
    assert _steps(extractor, text)[Stage.IN_FORCE] is Modality.BACKGROUND


def test_a_contact_relative_clauses_month_dates_only_its_signing(extractor: Extractor) -> None:
    text = (
        "MINSK, Oct 9 (Wire) - The security accord Belarus and Russia signed in March took "
        "effect on Tuesday."
    )
    assert _steps(extractor, text)[Stage.IN_FORCE] is Modality.REPORTED
