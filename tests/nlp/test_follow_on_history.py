"""A past-tense sentence pointing back at a history sentence is history too."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor


def test_those_deals_continue_a_dated_purchase(extractor: Extractor) -> None:
    text = (
        "Romania ordered 40 Piranha armoured vehicles from Switzerland in May 2019. "
        "The first orders under those deals were worth about $900 million."
    )
    money = [q for q in extractor.extract(text).quantities if q.category == "deal"]
    assert [q.modality for q in money] == [Modality.BACKGROUND]


def test_a_sentence_brought_back_to_now_stays_news(extractor: Extractor) -> None:
    text = (
        "Romania ordered 40 Piranha armoured vehicles from Switzerland in May 2019. "
        "Orders under those deals are now worth about $900 million."
    )
    money = [q for q in extractor.extract(text).quantities if q.category == "deal"]
    assert [q.modality for q in money] == [Modality.REPORTED]


def test_after_news_the_pointer_changes_nothing(extractor: Extractor) -> None:
    text = (
        "Romania ordered 40 Piranha armoured vehicles from Switzerland on Monday. "
        "The first orders under those deals were worth about $900 million."
    )
    money = [q for q in extractor.extract(text).quantities if q.category == "deal"]
    assert [q.modality for q in money] == [Modality.REPORTED]
