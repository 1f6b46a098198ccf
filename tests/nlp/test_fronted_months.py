"""A past month opening the sentence, "Last August" or after a transcript label, makes its
figures history (`bot.nlp.fronted_months`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_LEAD = "Warsaw, 14 March 2026 - The minister gave an interview.\n"


def _modality(extractor: Extractor, text: str, value: float) -> Modality:
    return next(q.modality for q in extractor.extract(text).quantities if q.value == value)


def test_last_month_named_before_the_sentence_makes_its_deal_history(
    extractor: Extractor,
) -> None:
    text = _LEAD + "Last October Romania signed a contract worth $2.3 billion for 54 tanks."
    assert _modality(extractor, text, 2.3e9) is Modality.BACKGROUND


def test_last_month_after_a_question_label_makes_its_deal_history(
    extractor: Extractor,
) -> None:
    text = _LEAD + "Q: Last October Romania signed a contract worth $2.3 billion.\nA: Yes.\n"
    assert _modality(extractor, text, 2.3e9) is Modality.BACKGROUND


def test_last_week_before_the_sentence_stays_news(extractor: Extractor) -> None:
    # Near miss: "last week" names no month; the deal may still be the news.
    text = _LEAD + "Last week Romania signed a contract worth $2.3 billion for 54 tanks."
    assert _modality(extractor, text, 2.3e9) is Modality.REPORTED
