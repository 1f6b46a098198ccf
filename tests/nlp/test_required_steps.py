"""A chamber's approval the treaty is said to require is planned
(`bot.nlp.required_steps`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor

_VOTED = (Stage.APPROVED, Stage.RATIFIED)
_SIGNED = "Chile and Peru on Monday signed a defence cooperation agreement in Lima. "


def _voted(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events if e.stage in _VOTED]


def test_approval_it_requires_is_planned(extractor: Extractor) -> None:
    text = _SIGNED + "It requires the approval of the Congress to take effect, Lima said."
    assert _voted(extractor, text) == [Modality.PLANNED]


def test_approval_given_is_still_reported(extractor: Extractor) -> None:
    text = _SIGNED + "The Congress gave its approval to the pact on Friday, Lima said."
    assert Modality.PLANNED not in _voted(extractor, text)
