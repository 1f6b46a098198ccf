""""Concluded in development of the treaty": a legal basis, no signing
(`bot.nlp.legal_bases`)."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp import Extractor


def _signed(extractor: Extractor, text: str) -> list[Modality]:
    return [e.modality for e in extractor.extract(text).events if e.stage is Stage.SIGNED]


def test_concluded_in_development_of_a_treaty_is_no_signing(extractor: Extractor) -> None:
    text = (
        "Chile ratified a fisheries agreement with Peru on Monday. The agreement with Peru "
        "was concluded in pursuance of the Treaty of Lima."
    )
    assert Modality.REPORTED not in _signed(extractor, text)


def test_concluded_in_implementation_of_too(extractor: Extractor) -> None:
    text = (
        "Chile ratified a fisheries agreement with Peru on Monday. The agreement with Peru "
        "was concluded in implementation of the Treaty of Lima."
    )
    assert Modality.REPORTED not in _signed(extractor, text)


def test_concluded_in_a_capital_is_still_a_signing(extractor: Extractor) -> None:
    text = "Chile and Peru concluded a fisheries agreement in Lima on Monday."
    assert _signed(extractor, text) == [Modality.REPORTED]
