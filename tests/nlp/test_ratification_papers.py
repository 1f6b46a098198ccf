"""Signing the papers of ratification is a ratification, not a signing of the treaty
(`bot.nlp.ratification_papers`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def _stages(extractor: Extractor, text: str) -> list[Stage]:
    return [e.stage for e in extractor.extract(text).events]


def test_signing_the_instrument_of_ratification_ratifies(extractor: Extractor) -> None:
    text = (
        "President Alar Karis on Monday signed the instrument of ratification of the defence "
        "treaty between Estonia and Finland, his office said."
    )
    assert _stages(extractor, text) == [Stage.RATIFIED]


def test_signing_ratification_of_a_treaty_ratifies(extractor: Extractor) -> None:
    text = "The president signs ratification of the Estonia-Finland defence treaty."
    assert _stages(extractor, text) == [Stage.RATIFIED]


def test_signing_the_treaty_itself_stays_a_signing(extractor: Extractor) -> None:
    text = (
        "Estonia and Finland on Monday signed the defence treaty, which needs ratification "
        "by both parliaments."
    )
    assert Stage.SIGNED in _stages(extractor, text)
