"""Troops that withdraw leave ground, not a treaty (`bot.nlp.troop_withdrawals`)."""

from __future__ import annotations

import pytest

from bot.models import Stage
from bot.nlp import Extractor


@pytest.mark.parametrize(
    "text",
    [
        "Under the accord, Ethiopia is to withdraw its troops from the disputed district.",
        "Under the ceasefire deal, Eritrean forces will withdraw from the border towns.",
    ],
)
def test_troops_pulling_out_are_no_exit(extractor: Extractor, text: str) -> None:
    events = extractor.extract(text).events
    assert not [e for e in events if e.stage is Stage.WITHDRAWN]


def test_a_state_leaving_a_treaty_is_an_exit(extractor: Extractor) -> None:
    text = "Ethiopia said on Monday it would withdraw from the treaty with Eritrea."
    events = extractor.extract(text).events
    assert [e for e in events if e.stage is Stage.WITHDRAWN]
