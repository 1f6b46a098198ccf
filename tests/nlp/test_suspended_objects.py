"""A suspension of trade or flights suspends no treaty named later in the sentence."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_suspending_trade_before_a_treaty_is_no_suspension(extractor: Extractor) -> None:
    text = (
        "Ghana answered by suspending trade with Togo and closing its border, and warned it "
        "could review the 1985 Lome Accord."
    )
    events = extractor.extract(text).events
    assert not [e for e in events if e.stage is Stage.SUSPENDED]


def test_suspending_participation_in_a_treaty_is_a_suspension(extractor: Extractor) -> None:
    text = "Russia suspended participation in the New START treaty with the United States."
    (event,) = extractor.extract(text).events
    assert event.stage is Stage.SUSPENDED
