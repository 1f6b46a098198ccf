"""A sentence that opens "Instead,", "Then," or "Within weeks," goes on with the moment the
sentence before it dated: "When the two leaders met in Minsk in 2019, few expected more than
a communique. Instead, they signed a defence treaty." "The build-up began in March 2023.
Within weeks, 4,000 troops had reached the border." The opener dates the sentence by the one
before it; when that date is long past (a year named, or a day well before the dateline's),
the sentence's steps and figures are history, not news. A sentence dating itself to a time
not past keeps its own date."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from typing import TypeVar

from bot.models import Event, Modality, Quantity
from bot.nlp.context import Sentence
from bot.nlp.dates import DATE_START, date_starts, find_dates, is_year
from bot.nlp.recaps import stale_date

# Openers that carry on the previous sentence's time (with the comma after them).
_CARRIERS = frozenset({"instead", "then"})
# "Within weeks,", "Within a month,": a span counted from the time just told.
_SPANS = frozenset({"days", "weeks", "months", "day", "week", "month", "year"})
_FIRST_WORDS = _CARRIERS | {"within"}
_Fact = TypeVar("_Fact", Event, Quantity)


def carried_date_steps(s: Sentence, found: list[Event]) -> list[Event]:
    """`found` with its reported steps made background after a carrier opener (above)."""
    return _carried(s, found)


def carried_date_figures(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """`found` with its reported figures made background after a carrier opener (above)."""
    return _carried(s, found)


def _carried(s: Sentence, found: list[_Fact]) -> list[_Fact]:
    if not found or s.lowers[s.start] not in _FIRST_WORDS:
        return found  # nearly every sentence: one word test
    if not any(x.modality is Modality.REPORTED for x in found) or not _carries_past(s):
        return found
    return [replace(x, modality=Modality.BACKGROUND) if x.modality is Modality.REPORTED else x
            for x in found]  # fmt: skip


def _carries_past(s: Sentence) -> bool:
    """Whether `s` opens with a carrier set off by a comma, dates itself to no time but a past
    one, and follows a sentence naming a long-past date."""
    if any(not d.past for d in s.dates) or not _opener(s):
        return False  # "Instead, on Monday, ...": its own day
    return _past_before(s)


def _opener(s: Sentence) -> bool:
    lowers = s.lowers
    if lowers[s.start] in _CARRIERS:
        return lowers[s.start + 1 : s.start + 2] == [","]
    # "Within weeks ,", "Within a month ,"
    k = s.start + 1
    if k < s.end and lowers[k] == "a":
        k += 1
    return k + 1 < s.end and lowers[k] in _SPANS and lowers[k + 1] == ","


def _past_before(s: Sentence) -> bool:
    """Whether the sentence before `s` names a past year or a date well before the article's."""
    sentences = s.tokens.sentences
    k = bisect_left(sentences, (s.start, s.end)) - 1
    if k < 0:
        return False
    start, end = sentences[k]
    lowers = s.lowers
    starts = date_starts(lowers, s.tokens.flagged.get(DATE_START))
    for date in find_dates(lowers, start, end, starts):
        if (date.past and any(is_year(w) for w in lowers[date.start : date.end])) or (
            stale_date(s, date)
        ):
            return True
    return False
