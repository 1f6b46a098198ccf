"""A month inside a breakdown after a total dates the part, not the total
(`bot.nlp.breakdown_dates`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_PAGE = "The year at sea\nBy a staff writer\nDecember 18, 2027\n"


def _modalities(extractor: Extractor, text: str) -> list[Modality]:
    return [q.modality for q in extractor.extract(text).quantities]


def test_a_month_after_including_leaves_the_total_news(extractor: Extractor) -> None:
    text = _PAGE + (
        "Iran fired about 3,500 missiles at Israel in 2027, the IDF said, including "
        "a record 200 in one barrage in April."
    )
    assert _modalities(extractor, text)[0] is Modality.REPORTED


def test_a_month_with_no_breakdown_still_dates_the_figure(extractor: Extractor) -> None:
    text = _PAGE + "Iran fired about 350 missiles at Israel in April, the IDF said."
    assert _modalities(extractor, text) == [Modality.BACKGROUND]
