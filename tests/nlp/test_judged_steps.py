"""A step named by its noun only to be judged ("The ratification ... is a clear signal")
tells no step (`bot.nlp.judged_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor

_VOTE = (
    "The Sejm, the lower house of the Polish parliament, on Friday ratified the defence "
    "treaty between Poland and Ukraine. "
)


def test_a_judged_ratification_after_a_chamber_vote_is_planned(extractor: Extractor) -> None:
    text = _VOTE + '"The ratification of the treaty is a clear message to Moscow," he said.'
    ratified = [e for e in extractor.extract(text).events if e.stage is Stage.RATIFIED]
    assert [e.modality for e in ratified] == [Modality.PLANNED]


def test_a_judged_ratification_with_no_vote_told_is_no_step(extractor: Extractor) -> None:
    text = (
        "Poland and Ukraine signed a defence treaty in May. "
        '"The ratification of the treaty is a clear message to Moscow," he said.'
    )
    assert [e.stage for e in extractor.extract(text).events] == [Stage.SIGNED]


def test_a_ratification_told_with_a_verb_is_left_alone(extractor: Extractor) -> None:
    # Near miss: "was approved" tells the step; no "is a" judges it.
    text = (
        "Poland and Ukraine signed a defence treaty in May. "
        "The ratification of the treaty was approved by the Sejm on Friday."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert Stage.APPROVED in stages
