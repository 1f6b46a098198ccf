"""A reporting verb dated before it rather than after: "The agency last month put the toll at
about 900", "The ministry, in a briefing last month, said 900 had died". The date between the
source and its verb dates the claim as "said last month" does after the verb, so the same
test of how old it is applies (`dated_accounts`).

Two shapes only: the date right before the verb ("the agency last month put"), or set off in
an aside of a few words that opens on "in" or "on" and closes with a comma right before the
verb ("the ministry, in a briefing last month, said"). A date opened by "since", "from" or
"until" counts a period ("losses since last month said to be ...") and is left alone, as is
one after a participle ("a study published last year estimated"), which dates the study. A
date of the past week is left to the readers that weigh whether the figure still stands ("put
the number still in Kursk last week at ...": news, `recent_briefings`), so only older dates."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import DateSpan
from bot.nlp.recent_briefings import recent_date

_PERIOD_WORDS = frozenset({"since", "from", "until", "through", "between", "to", "by"})
_ASIDE_OPENERS = frozenset({"in", "on", "at"})
_ASIDE_REACH = 4  # ", in a televised briefing last month ,": opening comma to the date


def date_before_verb(s: Sentence, verb: int) -> DateSpan | None:
    """The date standing between a source and its reporting verb at `verb`, or None."""
    if verb - 1 <= s.start or not s.dates:
        return None
    date = _aside_date(s, verb - 1) if s.lowers[verb - 1] == "," else _bare_date(s, verb)
    return None if date is None or recent_date(s, date) else date


def _bare_date(s: Sentence, verb: int) -> DateSpan | None:
    """The date right before the verb: "the agency last month put"."""
    date = next((d for d in s.dates if d.end == verb), None)
    if date is None or date.start <= s.start:
        return None
    before = s.lowers[date.start - 1]
    if before in _PERIOD_WORDS or before in _ASIDE_OPENERS or before in {",", "."}:
        return None  # "since last month", "in May said": a period or a fronted clause
    # "a study published last year estimated": the date is the participle's.
    return None if before.endswith("ed") else date


def _aside_date(s: Sentence, comma: int) -> DateSpan | None:
    """The date closing a ", in a briefing last month," aside whose comma is at `comma`."""
    date = next((d for d in s.dates if d.end == comma), None)
    if date is None:
        return None
    opening = next((j for j in range(date.start - 1, max(s.start, date.start - 1 - _ASIDE_REACH)
                    - 1, -1) if s.lowers[j] == ","), None)  # fmt: skip
    if opening is None or opening <= s.start:
        return None  # no aside: the sentence opens on its date
    if opening + 1 == date.start:
        return date if s.lowers[date.start] == "last" else None  # ", last month, said"
    if s.lowers[opening + 1] not in _ASIDE_OPENERS:
        return None
    between = s.lowers[opening + 2 : date.start]
    if any(word in _PERIOD_WORDS or not word.isalpha() for word in between):
        return None
    return date
