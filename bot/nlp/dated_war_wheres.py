"""A figure in an "in which" clause whose antecedent is set, by an appositive, in a past year
is history: "fought again in 2020, in a 44-day war in which more than 6,500 soldiers were
killed". `dated_wheres` reads the year right before "in which"; here the year stands before
the antecedent's own phrase ("in a 44-day war"), which restates the dated span."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import is_year
from bot.nlp.figures import Figure

_PREPOSITIONS = frozenset({"in", "during", "amid"})
_REACH = 6  # the figure within a few words of "which"
_PHRASE = 7  # "in a 44-day war": the antecedent's phrase, a few words


def dated_appositive_where(s: Sentence, f: Figure) -> bool:
    """Whether `f` sits in "<past year>, in a <noun> in which ..."."""
    if "which" not in s.words or not s.dates:
        return False  # nearly every sentence: one set test
    lowers = s.lowers
    which = next(
        (k for k in range(f.start - 1, max(s.start, f.start - _REACH), -1)
         if lowers[k] == "which"), None
    )  # fmt: skip
    if which is None or which - 1 <= s.start or lowers[which - 1] not in _PREPOSITIONS:
        return False
    for k in range(which - 2, max(s.start, which - 2 - _PHRASE), -1):
        if lowers[k] in {";", ":"}:
            return False
        if lowers[k] in _PREPOSITIONS and k - 1 > s.start and lowers[k - 1] == ",":
            date = next((d for d in s.dates if d.end == k - 1), None)
            return date is not None and date.past and is_year(lowers[date.end - 1])
    return False
