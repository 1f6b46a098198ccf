""""It was signed ..." right after a signing told as history retells that signing; one that
names its own news day is a step of its own."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_OLD = (
    "EVIAN (Wire) - In 1962 a French minister and an Algerian envoy signed a ceasefire "
    "agreement at Evian. "
)


def test_it_was_signed_after_an_old_signing_is_background(extractor: Extractor) -> None:
    text = _OLD + (
        "It was signed for the governments of France and Algeria, and no peace treaty "
        "between them has followed."
    )
    events = extractor.extract(text).events
    assert events and all(e.modality is Modality.BACKGROUND for e in events)


def test_it_was_signed_again_today_stays_reported(extractor: Extractor) -> None:
    text = _OLD + (
        "It was signed again today by the governments of France and Algeria, and a peace "
        "treaty between them may follow."
    )
    events = extractor.extract(text).events
    assert any(e.modality is Modality.REPORTED for e in events)
