"""The acting body of a step: a committee of an upper house approves, it does not ratify."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_committee_of_the_senate_approves(extractor: Extractor) -> None:
    text = (
        "The Committee of the Senate on Foreign Relations on Monday endorsed the ratification "
        "of the defence treaty between Chile and Peru, its chairman said."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.APPROVED]


def test_the_senate_itself_ratifies(extractor: Extractor) -> None:
    text = "The Senate of Chile on Monday ratified the defence treaty between Chile and Peru."
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED]
