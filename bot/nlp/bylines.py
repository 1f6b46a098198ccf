"""The date a page stamps on its article ("Published : Dec. 20, 2024 - 15:31", "Author: ... •
January 12, 2025 19:45", "Updated 10.1.2026 14:05") when no dateline opens the text: the day
the news is told, from which a step dated weeks earlier is the treaty's history."""

from __future__ import annotations

import re

from bot.nlp.context import Tokens
from bot.nlp.dates import find_dates, month_day

_STAMP_SENTENCES = 8
# Words and separators that mark a page's stamp line, not a sentence of the story.
_STAMP_MARKS = frozenset({"•", "|", "published", "updated", "posted"})
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(?:19|20)\d\d\b")  # day.month.year
_ISO = re.compile(r"\b(?:19|20)\d\d-(\d\d)-(\d\d)\b")


def stamp_date(tokens: Tokens, may_date: list[int]) -> tuple[int, int] | None:
    """(month, day) of the first stamp line among the first sentences, else None."""
    lowers = tokens.lowers
    for start, end in tokens.sentences[:_STAMP_SENTENCES]:
        if _STAMP_MARKS.isdisjoint(lowers[start:end]):
            continue
        for date in find_dates(lowers, start, end, may_date):
            when = month_day(lowers, date)
            if when is not None:
                return when
        text = tokens.span_text(start, end)
        if (dotted := _DOTTED.search(text)) is not None:
            when = int(dotted[2]), int(dotted[1])
        elif (iso := _ISO.search(text)) is not None:
            when = int(iso[1]), int(iso[2])
        else:
            continue
        if 1 <= when[0] <= 12 and 1 <= when[1] <= 31:
            return when
    return None


# "Here is the situation on Tuesday, November 19, 2024.": a briefing page states the day it
# sums up in its own opening line instead of a dateline.
_BRIEFING_OPENINGS = (("here", "is"), ("here", "are"), ("this", "is"))


def briefing_date(tokens: Tokens, may_date: list[int]) -> tuple[int, int] | None:
    """(month, day) a briefing's opening line says it covers, else None."""
    lowers = tokens.lowers
    for start, end in tokens.sentences[:_STAMP_SENTENCES]:
        if tuple(lowers[start : start + 2]) not in _BRIEFING_OPENINGS:
            continue
        for date in find_dates(lowers, start, end, may_date):
            when = month_day(lowers, date)
            if when is not None:
                return when
    return None
