"""A figure told in an "in which" clause whose antecedent a past year dates is history:
"The two sides fought a short war in 2019 in which about 5,000 soldiers died", "a week of
clashes in May 2024 during which 60 people were killed". The relative clause has no date of
its own, but it tells what happened in the span its antecedent names, and that span ends
with the year just before "in which". A date after the figure, or an antecedent dated by a
month alone ("in March, in which ...", maybe this year's news), is left to the other rules."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dated_war_wheres import dated_appositive_where
from bot.nlp.dates import is_year
from bot.nlp.figures import Figure

_PREPOSITIONS = frozenset({"in", "during", "amid"})


def dated_where(s: Sentence, f: Figure) -> bool:
    """Whether `f` sits in a "in which" clause opened right after a past year."""
    if "which" not in s.words or not s.dates:
        return False  # nearly every sentence: one set test
    if dated_appositive_where(s, f):
        return True  # "again in 2020, in a 44-day war in which ..."
    lowers = s.lowers
    for k in range(f.start - 1, max(s.start, f.start - 6), -1):
        if lowers[k] in {",", ";", ":"}:
            return False
        if lowers[k] != "which":
            continue
        prep = k - 1
        if prep <= s.start or lowers[prep] not in _PREPOSITIONS:
            return False
        date = next((d for d in s.dates if d.end == prep), None)
        return date is not None and date.past and is_year(lowers[date.end - 1])
    return False
