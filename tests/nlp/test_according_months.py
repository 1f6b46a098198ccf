"""A source dated to a month at the end of the line makes the figure background
(`bot.nlp.according_months`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_source_dated_to_a_month_is_background(extractor: Extractor) -> None:
    text = "420,000 - Russian troops in the south, according to Kyrylo Budanov, in April."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.BACKGROUND


def test_source_with_no_month_stays_news(extractor: Extractor) -> None:
    # Near miss: ", in Kursk" is a place, not the telling's date.
    text = "About 420,000 Russian troops are fighting, according to Kyrylo Budanov, in Kursk."
    (q,) = extractor.extract(text).quantities
    assert q.modality is Modality.REPORTED
