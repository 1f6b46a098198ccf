"""A treaty's force set as a condition ("as long as it remains in force") is no news step
(`bot.nlp.lasting_conditions`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_as_long_as_the_treaty_remains_in_force_is_no_news(extractor: Extractor) -> None:
    text = (
        "Minsk will honour every clause so long as the pact with Russia stays in force, "
        "the foreign ministry said."
    )
    events = extractor.extract(text).events
    assert all(e.modality is not Modality.REPORTED for e in events)


def test_a_plain_remains_in_force_is_left_alone(extractor: Extractor) -> None:
    # Near miss: no condition's opener, so the readers before this one decide.
    text = (
        "Minsk said the pact with Russia stays in force, and it will honour every clause "
        "for as long as needed."
    )
    events = extractor.extract(text).events
    assert [e.modality for e in events] == [Modality.REPORTED]
