"""A date heading a timeline entry dates the entry's step (`bot.nlp.heading_dates`)."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp import Extractor

_PAGE = "Chronology · 20 March 2025\n"


def test_an_older_timeline_entry_is_background(extractor: Extractor) -> None:
    text = _PAGE + "• 2 February: The Senate of Chile approves the treaty with Peru.\n"
    events = extractor.extract(text).events
    assert [e.date for e in events] == ["2 February"]
    assert [e.modality for e in events] == [Modality.BACKGROUND]


def test_a_dash_may_head_the_entry(extractor: Extractor) -> None:
    text = _PAGE + "– 1 March: Peru ratifies the treaty with Chile.\n"
    events = extractor.extract(text).events
    assert [e.modality for e in events] == [Modality.BACKGROUND]


def test_a_date_inside_a_clause_before_a_colon_heads_nothing(extractor: Extractor) -> None:
    # Near miss: the colon follows a reporting clause, not a heading date.
    text = _PAGE + "The ministry said on 18 March: Peru ratifies the treaty with Chile today.\n"
    events = extractor.extract(text).events
    assert [e.modality for e in events] == [Modality.REPORTED]
