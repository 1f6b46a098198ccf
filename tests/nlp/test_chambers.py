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


def test_japans_diet_approving_a_treaty_ratifies_it(extractor: Extractor) -> None:
    text = "Japan's Diet on Friday approved a defence pact with Chile and Peru."
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED]


def test_an_upper_chamber_to_approve_ratifies(extractor: Extractor) -> None:
    text = "The upper chamber is expected to approve the defence treaty between Chile and Peru."
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED]


def test_a_lower_chamber_approving_is_one_step(extractor: Extractor) -> None:
    text = "The lower chamber on Friday approved the defence treaty between Chile and Peru."
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.APPROVED]


def test_a_top_legislature_voting_to_ratify_ratifies(extractor: Extractor) -> None:
    text = (
        "Vietnam's top legislature on Monday voted to ratify an extradition treaty between "
        "Vietnam and Cambodia."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED]


def test_a_congress_standing_committee_ratifies(extractor: Extractor) -> None:
    text = (
        "The Standing Committee of the National People's Congress on Monday voted to ratify "
        "an extradition treaty between China and Cambodia."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED]


def test_a_parliaments_standing_committee_only_approves(extractor: Extractor) -> None:
    text = (
        "The standing committee on defence on Monday voted to ratify an extradition treaty "
        "between Chile and Peru."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.APPROVED]
