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
