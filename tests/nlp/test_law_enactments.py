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


def test_a_budget_signed_into_law_after_a_treaty_is_no_step(extractor: Extractor) -> None:
    text = (
        "Armenia's parliament ratified the border treaty with Georgia last month. Its new "
        "budget, which the president signed into law on Friday, raises defence spending."
    )
    events = extractor.extract(text).events
    assert [e.modality.value for e in events if e.stage is Stage.RATIFIED] == ["background"]


def test_a_treaty_the_president_signed_into_law_is_ratified(extractor: Extractor) -> None:
    text = (
        "The security pact with Georgia, which the Armenian president signed into law on "
        "Friday, commits both states to consult in a crisis."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert Stage.RATIFIED in stages
