"""A treaty's bare name, once written before a treaty noun, stands for the treaty."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp import Extractor


def test_a_bare_treaty_name_opening_a_sentence_is_the_treaty(extractor: Extractor) -> None:
    text = (
        "Ministers met in Vienna on Monday to discuss the Open Skies treaty and its future. "
        "Open Skies, signed in 1992 by 27 states, allows unarmed surveillance flights."
    )
    stages = [e.stage for e in extractor.extract(text).events]
    assert stages == [Stage.SIGNED]


def test_a_name_never_written_as_a_treaty_is_left_alone(extractor: Extractor) -> None:
    text = (
        "Ministers met in Vienna on Monday to discuss the future of surveillance flights. "
        "Open Skies, signed in 1992 by 27 states, allows unarmed surveillance flights."
    )
    assert extractor.extract(text).events == ()
