"""A correction note withdraws the treaty step it retells; the treaty's own earlier version
is history and keeps its step."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor

_LEAD = (
    "LISBON (Wire) - Portugal's parliament on Tuesday ratified a defence cooperation "
    "treaty with Morocco. "
)


def test_a_correction_note_gives_no_step(extractor: Extractor) -> None:
    text = _LEAD + (
        "Correction, 4 March: An earlier version of this report said the treaty was signed "
        "in Rabat."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED]


def test_a_dated_post_correction_gives_no_step(extractor: Extractor) -> None:
    text = _LEAD + "An earlier version of the 11.20 post said Morocco had ratified the treaty."
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.RATIFIED]


def test_the_treaty_s_own_earlier_version_keeps_its_step(extractor: Extractor) -> None:
    text = _LEAD + "The earlier version of the treaty was signed by the two countries in 1994."
    stages = [e.stage for e in extractor.extract(text).events]
    assert Stage.SIGNED in stages


def test_a_note_fixing_a_detail_keeps_the_step(extractor: Extractor) -> None:
    text = _LEAD + (
        "Correction: An earlier version of this report misstated the week in which Morocco "
        "ratified the treaty."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages.count(Stage.RATIFIED) == 2
