"""A closing "X said last week" whose speaker carries a title before the name
(`bot.nlp.titled_speakers`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_DATELINE = "WARSAW, May 20 (Wire) - "


def test_a_titled_speaker_said_last_week_is_background(extractor: Extractor) -> None:
    text = (_DATELINE + "Belarus has about 9,000 troops on the border, Lithuania's "
            "commander-in-chief Jonas Petraitis said last week.")  # fmt: skip
    [q] = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_a_titled_speaker_said_on_monday_is_news(extractor: Extractor) -> None:
    text = (_DATELINE + "Belarus has about 9,000 troops on the border, Lithuania's "
            "commander-in-chief Jonas Petraitis said on Monday.")  # fmt: skip
    [q] = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
