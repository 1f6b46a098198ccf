"""A signing told over a span of years ("the only pact signed by Japan in recent years")
is a record, not news (`bot.nlp.span_records`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _events(extractor: Extractor, text: str) -> list[tuple[str, Modality]]:
    return [(e.stage.value, e.modality) for e in extractor.extract(text).events]


def test_pact_signed_in_recent_years_is_background(extractor: Extractor) -> None:
    text = (
        "The only defence treaty signed by Poland in recent years is the pact with "
        "Ukraine, which took effect in 2024."
    )
    got = _events(extractor, text)
    assert ("signed", Modality.REPORTED) not in got


def test_pact_signed_on_a_day_stays_reported(extractor: Extractor) -> None:
    text = "Poland and Ukraine signed a defence treaty in Warsaw on Tuesday."
    assert ("signed", Modality.REPORTED) in _events(extractor, text)
