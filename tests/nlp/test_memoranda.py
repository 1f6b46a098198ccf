"""A memorandum signed by officials is a pact; one firms sign is business
(`bot.nlp.memoranda`, `bot.nlp.treaty_words`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _steps(extractor: Extractor, text: str) -> list[tuple[Stage, Modality, tuple[str, ...]]]:
    return [(e.stage, e.modality, e.parties) for e in extractor.extract(text).events]


def test_ministers_sign_a_memorandum(extractor: Extractor) -> None:
    text = (
        "On Monday, Chilean Foreign Minister Ana Rojas and Peru's trade minister signed a "
        "memorandum of understanding on fisheries cooperation."
    )
    (step,) = _steps(extractor, text)
    assert step[:2] == (Stage.SIGNED, Modality.REPORTED)
    assert set(step[2]) == {"Chile", "Peru"}


def test_firms_sign_a_memorandum(extractor: Extractor) -> None:
    text = (
        "On Monday, Norway's Kongsberg signed a memorandum of understanding with Finnish "
        "state shipbuilder Rauma on building patrol boats."
    )
    assert _steps(extractor, text) == []
