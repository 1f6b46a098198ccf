"""A step told only as the time of a reaction to it is no step (`bot.nlp.recalled_steps`)."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_a_reaction_when_it_was_signed_tells_no_step(extractor: Extractor) -> None:
    text = "Rome and Paris criticised the fisheries accord when it was signed."
    assert not [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]


def test_a_when_clause_with_its_own_subject_keeps_the_step(extractor: Extractor) -> None:
    text = "Rome protested when Chile and Peru signed the fisheries accord on Monday."
    assert [e for e in extractor.extract(text).events if e.stage is Stage.SIGNED]
