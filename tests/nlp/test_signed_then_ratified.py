"""A signing coordinated with the ratification after it is the older step: history."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _signings(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events if e.stage is Stage.SIGNED]


def test_signed_and_ratified_makes_the_signing_history(extractor: Extractor) -> None:
    text = (
        "Chile's senate on Tuesday ratified a fisheries treaty with Peru. "
        '"The treaty has been signed and ratified as our law requires," the minister said.'
    )
    assert Modality.REPORTED not in _signings(extractor, text)


def test_signed_and_sealed_stays_news(extractor: Extractor) -> None:
    text = "Chile and Peru on Tuesday signed and sealed a fisheries treaty in Lima."
    assert _signings(extractor, text) == [Modality.REPORTED]
