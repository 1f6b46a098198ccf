"""Approving a law or decree that leaves a treaty is a withdrawal, not an approval."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_approving_a_decree_withdrawing_is_no_ratification(extractor: Extractor) -> None:
    text = (
        "The senate voted on Tuesday to approve the prime minister's decree withdrawing "
        "the country from the treaty."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.WITHDRAWN]


def test_a_bill_quitting_a_convention_is_only_a_withdrawal(extractor: Extractor) -> None:
    text = "Estonia's parliament approved a bill quitting the convention on Thursday."
    stages = [e.stage for e in extractor.extract(text).events]
    assert Stage.RATIFIED not in stages and Stage.APPROVED not in stages


def test_approving_the_treaty_itself_is_still_a_step(extractor: Extractor) -> None:
    text = (
        "The senate voted on Tuesday to approve the treaty, and the government then "
        "issued a decree withdrawing its reservations."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert Stage.RATIFIED in stages or Stage.APPROVED in stages


def test_approving_a_decision_to_leave_is_no_ratification(extractor: Extractor) -> None:
    text = (
        "Norway's parliament on Friday backed the cabinet's decision to withdraw from the "
        "arms treaty by 120 votes to 40."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.WITHDRAWN]


def test_approving_an_owned_withdrawal_is_no_ratification(extractor: Extractor) -> None:
    text = "Senate approves Chile's withdrawal from fisheries treaty"
    stages = [e.stage for e in extractor.extract(text).events]
    assert Stage.RATIFIED not in stages and Stage.APPROVED not in stages


def test_approving_a_treaty_before_a_threat_to_leave_is_a_step(extractor: Extractor) -> None:
    text = (
        "Norway's parliament approved the arms treaty on Friday, and the opposition "
        "pledged to withdraw from it."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert Stage.RATIFIED in stages or Stage.APPROVED in stages
