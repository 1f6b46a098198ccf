"""An occasion set before the sentence with its past month: "At a ceremony held in Pyongyang
last August, Kim awarded medals to 1,900 soldiers", "During a visit to Moscow in March, the
minister said 3,000 workers had arrived". The fronted phrase dates what the sentence tells
as "Last August, ..." does (`fronted_months`), only with the occasion named before its
date; so the figures are that month's, not the news. A phrase whose date is the article's
own month, or one with no month ("At a briefing on Tuesday, ..."), moves nothing."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import month_of

_OPENERS = frozenset({"at", "during"})
# What the fronted phrase names: an occasion that happened on a date.
_OCCASIONS = frozenset(
    {"ceremony", "meeting", "summit", "rally", "parade", "session", "conference", "visit",
     "reception", "banquet", "event", "gathering", "plenum", "congress", "forum", "hearing"}
)  # fmt: skip
_NOUN_REACH = 4  # "At a solemn award ceremony"
_PHRASE_REACH = 12  # "At a ceremony held at the Kumsusan Palace in Pyongyang last August,"


def fronted_occasion(s: Sentence, first: int) -> bool:
    """Whether the sentence, from token `first`, opens with "At/During <occasion> ... <past
    month>," before its clause."""
    if s.lowers[first] not in _OPENERS:
        return False
    stop = min(s.end, first + 1 + _PHRASE_REACH)
    if _OCCASIONS.isdisjoint(s.lowers[first + 1 : min(stop, first + 1 + _NOUN_REACH)]):
        return False
    return dated_before_clause(s, first, stop)


def dated_before_clause(s: Sentence, first: int, stop: int) -> bool:
    """Whether the fronted phrase from token `first` ends, before token `stop`, in a past date
    with its month and a comma ("... last August,", "... in July,"), the month not the
    article's own unless said as "last"."""
    comma = next((k for k in range(first + 1, stop) if s.lowers[k] == ","), None)
    if comma is None:
        return False
    date = next((d for d in s.dates if first < d.start and d.end == comma), None)
    if date is None or not date.past:
        return False
    month = month_of(s.lowers, date)
    if month is None:
        return False
    return s.reference is None or s.reference[0] != month or s.lowers[date.start] == "last"
