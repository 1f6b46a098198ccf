"""The level a revision replaced, named after "to N, from", is the same count, as history."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_replaced_level_is_counted_as_history(extractor: Extractor) -> None:
    text = (
        "Kyiv has raised its estimate of Belarusian soldiers killed to about 900, from the "
        "roughly 700 it gave in May, officials said."
    )
    found = {q.value: q for q in extractor.extract(text).quantities}
    old = found[700]
    assert (old.measure, old.actor, old.modality) == ("casualty", "Belarus", Modality.BACKGROUND)
    assert found[900].modality is Modality.REPORTED


def test_from_without_revision_is_left_alone(extractor: Extractor) -> None:
    text = "Minsk moved 3,000 Belarusian troops to the border, from 2,000 bases."
    found = {q.value: q for q in extractor.extract(text).quantities}
    assert found[2000].measure != "troop"
