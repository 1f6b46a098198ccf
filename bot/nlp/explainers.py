"""Question-and-answer explainers ("What is the treaty?", "How did it come into force?"): a
page built of question headings retells how a story came about. A dated treaty step told in
its answers is the treaty's history, whatever tense it is told in, not the day's news,
unless its date is the news week's own ("on Saturday", "this week"): a Q&A written around a
fresh step tells that step as its news peg. The lede above the first question is not an
answer either: an analysis desk's Q&A opens with its news peg ("Kim signed a decree ratifying
the treaty, KCNA reported on Tuesday") and then explains it."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Modality
from bot.nlp.lexicon import WEEKDAYS

# Three question headings make a page a Q&A; one or two are a column's rhetoric.
_MIN_QUESTIONS = 3
# A heading is a short line; a long one ending in "?" is a quoted question in the body.
_MAX_HEADING_WORDS = 12
# Dates only the news week has: a weekday names a day of the article's own week.
_THIS_WEEK = WEEKDAYS | {"today", "yesterday", "tonight"}
_RECENT_PHRASES = frozenset({"this week", "last week", "earlier this week"})


def _question_headings(text: str) -> list[int]:
    """Character offsets of the lines that read as question headings."""
    offsets: list[int] = []
    at = 0
    for raw in text.splitlines(keepends=True):
        line = raw.strip()
        if line.endswith("?") and len(line.split()) <= _MAX_HEADING_WORDS and '"' not in line:
            offsets.append(at)
        at += len(raw)
    return offsets


def is_question_and_answer(text: str) -> bool:
    return len(_question_headings(text)) >= _MIN_QUESTIONS


def _news_week(date: str) -> bool:
    """"Saturday", "on Monday, Nov. 4", "this week": a date of the article's own week."""
    lowered = date.lower()
    words = lowered.replace(",", " ").split()
    return not _THIS_WEEK.isdisjoint(words) or lowered in _RECENT_PHRASES


def explained_steps(text: str, events: list[Event]) -> list[Event]:
    """Dated steps of a Q&A's answers as background, but for those of the news week; the
    lede's steps stay news."""
    if not any(e.date and e.modality is Modality.REPORTED for e in events):
        return events
    headings = _question_headings(text)
    if len(headings) < _MIN_QUESTIONS:
        return events
    answers = headings[0]
    return [
        replace(e, modality=Modality.BACKGROUND)
        if e.date and e.modality is Modality.REPORTED and e.start >= answers
        and not _news_week(e.date) else e
        for e in events
    ]
