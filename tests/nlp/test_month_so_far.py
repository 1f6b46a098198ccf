"""A claim dated "this month" well into the page's month is an earlier briefing
(`bot.nlp.month_so_far`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_CLAIM = "The defence minister said this month that 2,500 soldiers had been wounded."


def test_this_month_late_in_the_month_is_history(extractor: Extractor) -> None:
    (q,) = extractor.extract(f"March 22, 2025\n{_CLAIM}").quantities
    assert q.modality is Modality.BACKGROUND


def test_this_month_in_its_first_week_stays_news(extractor: Extractor) -> None:
    (q,) = extractor.extract(f"March 4, 2025\n{_CLAIM}").quantities
    assert q.modality is Modality.REPORTED
