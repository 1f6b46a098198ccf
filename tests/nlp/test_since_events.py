"""A count standing "since <past date>, when they were ..." is background
(`bot.nlp.since_events`)."""

from __future__ import annotations

from bot.models import Modality, Quantity
from bot.nlp import Extractor

_LEAD = "WARSAW, Oct 8 (Wire) - Belarus said on Tuesday it would free no one this year. "


def _people(extractor: Extractor, text: str) -> Quantity:
    (q,) = [q for q in extractor.extract(_LEAD + text).quantities if q.value == 3]
    return q


def test_a_count_set_by_a_past_event_in_a_when_clause_is_background(
    extractor: Extractor,
) -> None:
    text = (
        "Belarus has detained three Polish soldiers since March, when they were arrested "
        "near Grodno."
    )
    assert _people(extractor, text).modality is Modality.BACKGROUND


def test_a_count_since_a_recent_day_stays_news(extractor: Extractor) -> None:
    text = (
        "Belarus has detained three Polish soldiers since Saturday, when they were arrested "
        "near Grodno."
    )
    assert _people(extractor, text).modality is Modality.REPORTED


def test_a_running_count_since_the_senders_decision_stays_news(extractor: Extractor) -> None:
    text = "Belarus has sent three Polish soldiers home since March, when it agreed to free them."
    assert _people(extractor, text).modality is Modality.REPORTED
