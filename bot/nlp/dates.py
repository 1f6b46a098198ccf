"""Date and time expressions: their numbers are never figures, an event's date is the first
one in its clause, and some of them ("in June", "in 2024") make a fact background."""

from __future__ import annotations

import re
from bisect import bisect_left
from typing import NamedTuple

from bot.nlp.lexicon import MONTHS, RELATIVE_TIMES, TIME_NOUNS, WEEKDAYS
from bot.nlp.numeric_dates import numeric_date
from bot.nlp.pipeline import WordFlag

# "06 Nov. 2025": a page stamp pads the day with a zero.
_DAY = re.compile(r"^(?:0?[1-9]|[12][0-9]|3[01])(?:st|nd|rd|th)?$")
_YEAR = re.compile(r"^(?:1[5-9][0-9]{2}|20[0-9]{2})s?$")
_CLOCK = re.compile(r"^\d{1,2}:\d{2}$")
_CLOCK_OR_DECIMAL = re.compile(r"^\d{1,2}(?:[:.]\d{2})?$")
_CLOCK_WORDS = frozenset({"am", "pm", "a.m.", "p.m.", "gmt", "utc", "hrs", "o'clock", "bst"})


# "in the autumn of 2024", "in spring 2025": a season of a named year is a period, as the
# year alone is ("in 2024"); a season without its year ("autumn offensive") is no date.
_SEASONS = frozenset({"spring", "summer", "autumn", "fall", "winter"})
_DOC_STARTERS = MONTHS | WEEKDAYS | RELATIVE_TIMES | _SEASONS | {"end"}
_AFTER_THE = _SEASONS | {"end"}
_AFTER_POINTED = frozenset({"", ",", ".", ";", ")", "and", "but", "when", "after", "before"})


# "in 2024", "sent in late 2025": a year after these words is a date, not an amount.
_BEFORE_YEAR = frozenset({"in", "since", "of", "until", "by", "late", "early", "mid"})


# "signed in May", "since May": no modal "may" follows these; "by May" could be Theresa May.
_BEFORE_MAY = frozenset({"in", "since", "until", "last", "early", "late", "mid", "through"})


def _may_month(lowers: list[str], i: int, end: int) -> bool:
    """Whether "may" at `i`, with no day or year after it, is the month: "signed in May"."""
    after = lowers[i + 1] if i + 1 < end else ""
    return i > 0 and lowers[i - 1] in _BEFORE_MAY and after not in {"'s", "’s"}


def _last_year(word: str, following: str) -> bool:
    """"June 19 last year", "19 June last year": a day of a year before the news, told
    without its year; the day alone would read as this year's."""
    return word == "last" and following == "year"


class DateSpan(NamedTuple):
    """Tokens [start, end) of a date; `past` when it names a period before the news (a month
    or a year on its own, "last year"), which makes a stage background."""

    start: int
    end: int
    past: bool


def is_year(text: str) -> bool:
    return bool(_YEAR.match(text))


def may_start_date(word: str) -> bool:
    """A word, as written, that `_date_at` may read a date from: a month, a weekday, a
    relative time, "end" (of "the end of"), or digits shaped like a day, a year or a clock
    time. "12,000" is none of them, so the many figures of a news text are never tried."""
    w = word.lower()
    if w in _DOC_STARTERS:
        return True
    return w[:1].isdigit() and bool(
        _DAY.match(w) or _YEAR.match(w) or _CLOCK.match(w) or _CLOCK_OR_DECIMAL.match(w)
        or numeric_date(w)  # "19.06.2024"
    )


DATE_START = WordFlag("date start", may_start_date)


def date_starts(lowers: list[str], flagged: list[int] | None = None) -> list[int]:
    """Tokens of a document where a date may start, for `find_dates`; `flagged` are its
    tokens flagged `DATE_START` (`Tokens.flagged`), when known."""
    if flagged is None:
        flagged = [k for k, w in enumerate(lowers) if may_start_date(w)]
    # "the" is too common to try everywhere: "the end of ..." is found from its "end", "the
    # autumn of 2024" from its season.
    return [
        k - 1 if (lowers[k] == "end" or lowers[k] in _SEASONS) and k > 0
        and lowers[k - 1] == "the" else k
        for k in flagged
        if lowers[k] != "end" or (k > 0 and lowers[k - 1] == "the")
    ]


def find_dates(
    lowers: list[str], start: int, end: int, starts: list[int] | None = None
) -> list[DateSpan]:
    """Date spans among tokens [start, end) of a document, given their lower-case texts (and
    the document's `date_starts`, when known)."""
    found: list[DateSpan] = []
    if starts is None:
        starts = date_starts(lowers)
    free = start
    for i in starts[bisect_left(starts, start) : bisect_left(starts, end)]:
        if i < free:
            continue
        span = _date_at(lowers, i, end)
        if span is not None:
            found.append(span)
            free = span.end
    return found


def _date_at(lowers: list[str], i: int, end: int) -> DateSpan | None:
    word = lowers[i]
    if word == "the" and (i + 1 >= end or lowers[i + 1] not in _AFTER_THE):
        return None  # the commonest word; only "the end of ..." or a season starts a date

    def at(k: int) -> str:
        return lowers[k] if k < end else ""

    season = i + 1 if word == "the" and at(i + 1) in _SEASONS else i
    if lowers[season] in _SEASONS:
        year = season + 2 if at(season + 1) == "of" else season + 1
        if is_year(at(year)):
            return DateSpan(i, year + 1, past=True)
        # "ratified the treaty that autumn, but ...": a season pointed back at, told already
        # and past; the clause ends with it ("said that autumn was near" has a subject).
        pointed = i > 0 and lowers[i - 1] == "that" and at(i + 1) in _AFTER_POINTED
        return DateSpan(i, i + 1, past=True) if pointed else None

    def skip_comma(k: int) -> int:
        return k + 1 if at(k) == "," else k

    if word in MONTHS and (
        word != "may" or _DAY.match(at(i + 1)) or is_year(at(i + 1)) or _may_month(lowers, i, end)
    ):
        j = i + 1
        specific = False
        if _DAY.match(at(j)):
            j += 1
            specific = True
        k = skip_comma(j)
        if is_year(at(k)):
            j = k + 1
        elif specific and _last_year(at(j), at(j + 1)):
            return DateSpan(i, j + 2, past=True)
        return DateSpan(i, j, past=not specific)
    if _DAY.match(word) and at(i + 1) in MONTHS:
        j = i + 2
        if is_year(at(j)):
            j += 1
        elif _last_year(at(j), at(j + 1)):
            return DateSpan(i, j + 2, past=True)
        return DateSpan(i, j, past=False)
    if word == "last" and at(i + 1) in WEEKDAYS:
        # "voted to ratify the pact last Thursday": a weekday of the week before the news,
        # past as "last week" is (a bare "Thursday" is the news's own week).
        return DateSpan(i, i + 2, past=True)
    if word in WEEKDAYS or numeric_date(word) is not None:
        return DateSpan(i, i + 1, past=False)  # a weekday, or a day in digits: "19.06.2024"
    if is_year(word) and i > 0 and lowers[i - 1] in _BEFORE_YEAR:
        return DateSpan(i, i + 1, past=True)
    if is_year(word) and word.endswith("s") and i > 0 and lowers[i - 1] == "the":
        return DateSpan(i, i + 1, past=True)  # "in the 1990s": a decade is no amount
    if word == "earlier" and at(i + 1) == "this" and at(i + 2) in TIME_NOUNS:
        return DateSpan(i, i + 3, past=True)  # "took effect earlier this month": done before
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


_MONTH_NUMBERS = {
    name: number
    for number, names in enumerate(
        (("january", "jan", "jan."), ("february", "feb", "feb."), ("march", "mar."),
         ("april", "apr", "apr."), ("may",), ("june", "jun."), ("july", "jul."),
         ("august", "aug", "aug."), ("september", "sep", "sep.", "sept", "sept."),
         ("october", "oct", "oct."), ("november", "nov", "nov."), ("december", "dec", "dec.")),
        start=1,
    )
    for name in names
}  # fmt: skip


def month_day(lowers: list[str], date: DateSpan) -> tuple[int, int] | None:
    """(month, day) of a date naming both ("June 19", "4 December"), else None."""
    words = lowers[date.start : date.end]
    if date.end - date.start == 1 and (digits := numeric_date(words[0])) is not None:
        return digits
    month = next((_MONTH_NUMBERS[w] for w in words if w in _MONTH_NUMBERS), None)
    day = next((int(w.rstrip("stndrh")) for w in words if _DAY.match(w)), None)
    if month is None or day is None:
        return None
    return month, day


def month_of(lowers: list[str], date: DateSpan) -> int | None:
    """The month a date names ("in February", "June 19"), else None."""
    if (digits := month_day(lowers, date)) is not None:
        return digits[0]
    return next((_MONTH_NUMBERS[w] for w in lowers[date.start : date.end] if w in _MONTH_NUMBERS),
                None)  # fmt: skip


# A fact dated this many days or more before the article's own date is history; a week keeps
# what happened in the dateline's own week news.
STALE_DAYS = 8


def days_before(when: tuple[int, int], reference: tuple[int, int]) -> int:
    """Days from `when` to `reference`, taking `when` as the latest such day not after it
    (a December date in a June article is last December). Months count 30.5 days: the answer
    only has to tell "days" from "months"."""
    gap = (reference[0] - when[0]) * 30.5 + (reference[1] - when[1])
    return int(gap if gap >= 0 else gap + 366)


# "in the early 1990s", "in late 2022": words that narrow a period between it and its "in".
_PERIOD_PARTS = frozenset({"the", "early", "late", "mid", "-"})


def period_preposition(lowers: list[str], date: DateSpan, floor: int) -> str:
    """The word before a date, past the words that narrow its period ("in" of "in the early
    1990s"), not looking before token `floor`; "" when there is none."""
    k = date.start - 1
    while k > floor and lowers[k] in _PERIOD_PARTS:
        k -= 1
    return lowers[k] if k >= floor else ""


def is_clock_word(word: str) -> bool:
    """"09:30", "09.30" or the zone or half of the day after it ("GMT", "p.m.")."""
    return bool(_CLOCK.match(word) or _CLOCK_OR_DECIMAL.match(word)) or word in _CLOCK_WORDS
