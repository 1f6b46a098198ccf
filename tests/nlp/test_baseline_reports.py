"""An earlier month's report after "down from" dates only the older figure
(`bot.nlp.baseline_reports`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def _modalities(extractor: Extractor, text: str) -> dict[float | None, Modality]:
    return {q.value: q.modality for q in extractor.extract(text).quantities}


def test_new_figure_before_down_from_stays_news(extractor: Extractor) -> None:
    text = (
        "NAIROBI, June 12 (Agency) - The ministry told parliament on Tuesday that about 2,400 "
        "Kenyan troops remain in Somalia, down from about 3,100 in its March estimate."
    )
    got = _modalities(extractor, text)
    assert got[2400] is Modality.REPORTED and got[3100] is Modality.BACKGROUND


def test_report_without_a_change_still_dates_the_clause(extractor: Extractor) -> None:
    text = (
        "NAIROBI, June 12 (Agency) - The ministry said about 2,400 Kenyan troops were in "
        "Somalia, according to its March estimate."
    )
    assert _modalities(extractor, text)[2400] is Modality.BACKGROUND
