"""A fronted month dates its clauses up to a semicolon that sets its own present
(`bot.nlp.present_semicolons`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_PAGE = "Border numbers\nBy a staff writer\nSeptember 24, 2027\n"


def _last(extractor: Extractor, text: str) -> Modality:
    return extractor.extract(text).quantities[-1].modality


def test_this_month_after_the_semicolon_is_news(extractor: Extractor) -> None:
    text = _PAGE + (
        "In March, the Polish army put the Belarusian troops at the border at about 8,000; "
        "this month it said about 6,000 remained."
    )
    assert _last(extractor, text) is Modality.REPORTED


def test_another_past_month_after_the_semicolon_stays_history(extractor: Extractor) -> None:
    text = _PAGE + (
        "In March, the Polish army put the Belarusian troops at the border at about 8,000; "
        "in May it said about 6,000 remained."
    )
    assert _last(extractor, text) is Modality.BACKGROUND
