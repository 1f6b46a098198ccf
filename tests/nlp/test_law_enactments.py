"""A treaty signed into law is ratified (`bot.nlp.law_enactments`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_a_treaty_signed_into_law_is_ratified(extractor: Extractor) -> None:
    text = "The president of Armenia on Friday signed into law a security pact with Georgia."
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED]


def test_a_treaty_with_its_object_before_into_law_is_ratified(extractor: Extractor) -> None:
    text = "The Armenian president signed the border treaty with Georgia into law on Friday."
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED]


def test_a_treaty_signed_without_a_law_stays_a_signing(extractor: Extractor) -> None:
    text = "The presidents of Armenia and Georgia on Friday signed a security pact in Tbilisi."
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.SIGNED]
