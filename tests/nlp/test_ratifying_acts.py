"""Signing the act on a treaty's ratification ratifies it (`bot.nlp.ratifying_acts`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def _stages(extractor: Extractor, text: str) -> list[Stage]:
    return [e.stage for e in extractor.extract(text).events]


def test_signing_the_act_on_the_ratification_ratifies(extractor: Extractor) -> None:
    text = (
        "The Czech president on Tuesday signed the act on the ratification of the agreement "
        "between the Czech Republic and Slovakia on air defence, his office said."
    )
    assert _stages(extractor, text) == [Stage.RATIFIED]


def test_signing_an_act_ratifying_a_treaty_ratifies(extractor: Extractor) -> None:
    text = "Slovak president signs an act ratifying the air defence pact with Hungary."
    assert _stages(extractor, text) == [Stage.RATIFIED]


def test_signing_the_final_act_of_a_treaty_stays_a_signing(extractor: Extractor) -> None:
    text = (
        "Lithuania and Germany signed the final act of the defence treaty on Monday, which "
        "still needs approval."
    )
    assert Stage.SIGNED in _stages(extractor, text)
    assert Stage.RATIFIED not in _stages(extractor, text)
