"""The date a page stamps on its article ("Published : Dec. 20, 2024 - 15:31", "Author: ... •
January 12, 2025 19:45", "Updated 10.1.2026 14:05") when no dateline opens the text: the day
the news is told, from which a step dated weeks earlier is the treaty's history."""

from __future__ import annotations

import re

from bot.nlp.context import Tokens
from bot.nlp.dates import find_dates, is_year, month_day
from bot.nlp.stamp_clocks import bare_stamp

_STAMP_SENTENCES = 8
# A bare date line can sit below a two-sentence headline, a label, a two-sentence summary and
# two byline lines: being nothing but a date with its year, it is safe to look for further.
_DATE_LINE_SENTENCES = 12
# Words and separators that mark a page's stamp line, not a sentence of the story.
# "Kyiv · Oct. 29, 2025 · 10 min read": a middle dot parts a stamp line as a bar does.
_STAMP_MARKS = frozenset({"•", "·", "|", "published", "updated", "posted"})
_DOTTED = re.compile(r"\b(\d{1,2})\.(\d{1,2})\.(?:19|20)\d\d\b")  # day.month.year
_ISO = re.compile(r"\b(?:19|20)\d\d-(\d\d)-(\d\d)\b")


def stamp_date(tokens: Tokens, may_date: list[int]) -> tuple[int, int] | None:
    """(month, day) of the first stamp line among the first sentences, else None."""
    lowers = tokens.lowers
    for n, (start, end) in enumerate(tokens.sentences[:_DATE_LINE_SENTENCES]):
        if n >= _STAMP_SENTENCES or _STAMP_MARKS.isdisjoint(lowers[start:end]):
            when = _date_line(tokens, start, end, may_date)
            if when is not None:
                return when
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


def _date_line(tokens: Tokens, start: int, end: int, may_date: list[int]) -> tuple[int, int] | None:
    """"3 May 2025" on a line of its own under the headline: a page's publication date
    printed bare, with a year so that a date in the story's first sentence never passes."""
    lowers = tokens.lowers
    while end > start and tokens.texts[end - 1].isspace():
        end -= 1
    start, end = bare_stamp(tokens, start, end)
    if end - start > _DATE_LINE_TOKENS or not is_year(lowers[end - 1]):
        return None  # most sentences: longer than a date, or not ending in a year
    dates = find_dates(lowers, start, end, may_date)
    if len(dates) != 1 or dates[0].start != start or dates[0].end != end:
        return None
    return month_day(lowers, dates[0])


_DATE_LINE_TOKENS = 6


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
