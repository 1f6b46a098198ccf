"""Date and time expressions: their numbers are never figures, an event's date is the first
one in its clause, and some of them ("in June", "in 2024") make a fact background."""

from __future__ import annotations

import re
from dataclasses import dataclass

from bot.nlp.lexicon import MONTHS, RELATIVE_TIMES, TIME_NOUNS, WEEKDAYS

_DAY = re.compile(r"^(?:[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?$")
_YEAR = re.compile(r"^(?:1[5-9][0-9]{2}|20[0-9]{2})s?$")
_CLOCK = re.compile(r"^\d{1,2}:\d{2}$")
_CLOCK_OR_DECIMAL = re.compile(r"^\d{1,2}(?:[:.]\d{2})?$")
_CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "gmt", "utc", "hrs", "o'clock", "bst"})


_STARTERS = MONTHS | WEEKDAYS | RELATIVE_TIMES | {"the"}


@dataclass(frozen=True, slots=True)
class DateSpan:
    """Tokens [start, end) of a date; `past` when it names a period before the news (a month
    or a year on its own, "last year"), which makes a stage background."""

    start: int
    end: int
    past: bool


def is_year(text: str) -> bool:
    return bool(_YEAR.match(text))


def find_dates(lowers: list[str], start: int, end: int) -> list[DateSpan]:
    """Date spans among tokens [start, end) of a document, given their lower-case texts."""
    found: list[DateSpan] = []
    i = start
    while i < end:
        word = lowers[i]
        if not (word[:1].isdigit() or word in _STARTERS):
            i += 1
            continue
        span = _date_at(lowers, i, end)
        if span is None:
            i += 1
            continue
        found.append(span)
        i = span.end
    return found


def _date_at(lowers: list[str], i: int, end: int) -> DateSpan | None:
    word = lowers[i]

    def at(k: int) -> str:
        return lowers[k] if k < end else ""

    def skip_comma(k: int) -> int:
        return k + 1 if at(k) == "," else k

    if word in MONTHS and (word != "may" or _DAY.match(at(i + 1)) or is_year(at(i + 1))):
        j = i + 1
        specific = False
        if _DAY.match(at(j)):
            j += 1
            specific = True
        k = skip_comma(j)
        if is_year(at(k)):
            j = k + 1
        return DateSpan(i, j, past=not specific)
    if _DAY.match(word) and at(i + 1) in MONTHS:
        j = i + 2
        if is_year(at(j)):
            j += 1
        return DateSpan(i, j, past=False)
    if word in WEEKDAYS:
        return DateSpan(i, i + 1, past=False)
    if is_year(word) and i > 0 and lowers[i - 1] in {"in", "since", "of", "until", "by"}:
        return DateSpan(i, i + 1, past=True)
    if word in RELATIVE_TIMES and at(i + 1) in TIME_NOUNS:
        return DateSpan(i, i + 2, past=word in {"last", "earlier", "previous"})
    if word == "the" and at(i + 1) == "end" and at(i + 2) == "of":
        tail = _date_at(lowers, i + 3, end) if i + 3 < end else None
        if tail is not None:
            return DateSpan(i, tail.end, past=tail.past)
        if at(i + 3) in {"the", "this", "next"} and at(i + 4) in TIME_NOUNS:
            return DateSpan(i, i + 5, past=False)
    if _CLOCK.match(word) or (_CLOCK_OR_DECIMAL.match(word) and at(i + 1) in _CLOCK_WORDS):
        j = i + 1
        if at(j) in _CLOCK_WORDS:
            j += 1
        return DateSpan(i, j, past=False)
    return None
