"""Leaving a treaty body by name is a withdrawal from its founding treaty."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def test_leaving_a_named_court_is_a_withdrawal(extractor: Extractor) -> None:
    text = "Mali, Burkina Faso and Niger left the International Criminal Court on Wednesday."
    (e,) = extractor.extract(text).events
    assert e.stage is Stage.WITHDRAWN
    assert e.modality is Modality.REPORTED
    assert set(e.parties) == {"Mali", "Burkina Faso", "Niger"}


def test_the_main_verb_beats_a_later_plan(extractor: Extractor) -> None:
    text = (
        "Mali, Burkina Faso and Niger formally left the International Criminal Court on "
        "Wednesday, a year after the three governments said they would quit a court they "
        "called biased."
    )
    (e,) = extractor.extract(text).events
    assert e.modality is Modality.REPORTED


def test_leaving_a_court_building_is_no_step(extractor: Extractor) -> None:
    text = "Mali's foreign minister left the court building in The Hague on Wednesday."
    assert not extractor.extract(text).events
