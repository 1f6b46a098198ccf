"""A step dated by a time that points back at one already told: "was signed ... on June 19,
2024, ratified by both countries that November" or, after "The Sejm approved the budget in
December.", "In the same month, the president signed the law ratifying ...". "That November"
and "the same month" name no month of the news; they are as old as the date they point at,
so when that date is history the step is too, and so are the figures of a sentence dated
"the same year" after a year written out (same_time_back)."""

from __future__ import annotations

from bisect import bisect_right

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan, find_dates, is_year, month_of
from bot.nlp.recaps import stale_date

# "the same month", "that same year": the periods a back-pointing phrase names.
_PERIODS = frozenset({"month", "year", "week", "day", "period", "time"})
_POINTERS = frozenset({"that", "same"})


def told_before(s: Sentence, first: int, last: int, dates: list[DateSpan]) -> bool:
    """Whether clause [first, last) is dated by a back-pointing time whose antecedent, the
    nearest date told before it, is history. `dates` are the clause's own dates."""
    if _POINTERS.isdisjoint(s.words):
        return False  # neither word: nearly every sentence
    for date in dates:
        if first <= date.start < last and s.lowers[date.start - 1] == "that":
            return _history(s, _antecedent(s, date.start - 1))  # "that November"
    opening = s.lowers[s.start : s.start + 4]
    # "In the same month, ...", "That same year, ...", "The same day, ...": the sentence's
    # own time, set first, is the last one told before it.
    for k in range(len(opening) - 1):
        if opening[k] in _POINTERS and opening[k + 1] in _PERIODS | {"same"}:
            period = opening[k + 2] if opening[k + 1] == "same" else opening[k + 1]
            if period in _PERIODS and opening[0] in {"in", "that", "the", "during"}:
                return _history(s, _antecedent(s, s.start))
    return False


def same_time_back(s: Sentence) -> bool:
    """"The first contract, for 180 tanks worth $3.37 billion, was signed the same year":
    "the same year" anywhere in the sentence dates its figures by the year told last before
    the phrase; a year written out is history, and so are they. Only the year counts: "the
    same day" may point past the last date told to the news day itself ("its April estimate
    ... at a briefing the same day" is Thursday's), and "over the same period" spans time."""
    if "same" not in s.words or "year" not in s.words:
        return False  # nearly every sentence: two set tests
    for k in range(s.start + 1, s.end - 1):
        if s.lowers[k] == "same" and s.lowers[k - 1] in {"the", "that"} and (
            s.lowers[k + 1] == "year"
        ):
            date = _antecedent(s, k - 1)
            return date is not None and any(
                is_year(w) for w in s.lowers[date.start : date.end]
            )
    return False


def _antecedent(s: Sentence, before: int) -> DateSpan | None:
    """The last date before token `before`: in the sentence, else in the one before it."""
    inside = [d for d in s.dates if d.end <= before]
    if inside:
        return inside[-1]
    sentences = s.tokens.sentences
    here = bisect_right(sentences, (s.start, s.end)) - 1
    # A paragraph break may stand as a sentence of its own between the two: skip it.
    while here > 0 and not "".join(s.lowers[slice(*sentences[here - 1])]).strip():
        here -= 1
    if here <= 0:
        return None
    start, end = sentences[here - 1]
    found = find_dates(s.lowers, start, end)
    return found[-1] if found else None


def _history(s: Sentence, date: DateSpan | None) -> bool:
    """A date with its year written out, a month and day well before the dateline, or a
    month of its own other than the dateline's."""
    if date is None:
        return False
    if any(is_year(w) for w in s.lowers[date.start : date.end]) or stale_date(s, date):
        return True
    if not date.past:
        return False
    month = month_of(s.lowers, date)
    return month is not None and s.reference is not None and month != s.reference[0]
