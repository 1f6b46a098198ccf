""""The upper house is due to consider the law next week": the chamber's planned vote
(`bot.nlp.chamber_agendas`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor

_TOLD = "Kazakhstan's lower house on Monday approved a border treaty with Uzbekistan. "


def test_an_upper_house_to_consider_the_law_plans_the_ratification(
    extractor: Extractor,
) -> None:
    text = _TOLD + "The Senate is due to consider the law on May 4."
    events = extractor.extract(text).events
    planned = [(e.stage, set(e.parties)) for e in events if e.modality is Modality.PLANNED]
    assert planned == [(Stage.RATIFIED, {"Kazakhstan", "Uzbekistan"})]


def test_taking_it_up_too(extractor: Extractor) -> None:
    text = _TOLD + "The upper house is expected to take it up on June 3."
    events = extractor.extract(text).events
    assert [e.stage for e in events if e.modality is Modality.PLANNED] == [Stage.RATIFIED]


def test_a_government_considering_options_is_no_vote(extractor: Extractor) -> None:
    text = _TOLD + "Astana would consider the treaty a model for other borders, officials said."
    events = extractor.extract(text).events
    assert [e.modality for e in events] == [Modality.REPORTED]


def test_a_chamber_considering_the_budget_is_no_step(extractor: Extractor) -> None:
    text = _TOLD + "The Senate is due to consider the budget on May 4."
    events = extractor.extract(text).events
    assert [e.modality for e in events] == [Modality.REPORTED]
