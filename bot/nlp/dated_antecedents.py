"""A relative clause hung on an event dated weeks back tells that event's toll: "the
earthquake of March 28, which killed more than 3,700 people" in an October story is the
lead-up, not the day's news. The date of the noun the clause describes dates its verb.

The clause may be restrictive ("a war in June that killed 1,062 people", no comma) and may
carry its source inside it ("a war in June that officials say killed 1,062 people"); a month
named alone dates the event when it is not the dateline's own month."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import STALE_DAYS, DateSpan, days_before, is_year, month_day, month_of
from bot.nlp.figures import Figure
from bot.nlp.semicolon_recaps import semicolon_recap

_RELATIVES = frozenset({"which", "that"})
_DATING = frozenset({"of", "on", "in"})
_PAST_ACTS = frozenset({"left", "took", "cost", "sent", "made"})
# ", which killed more than": the relative word, a verb and a qualifier at most.
_REACH = 5
# "that Iranian officials say killed": a source of a few words and its present verb of saying
# between the relative word and the clause's own verb.
_SAYING = frozenset({"say", "says", "said", "claim", "claims", "estimate", "estimates"})
_SOURCE_REACH = 4


def dated_antecedent(s: Sentence, f: Figure) -> bool:
    if semicolon_recap(s, f):  # "...in April; those drills involved 9,000"
        return True
    if not s.dates or _RELATIVES.isdisjoint(s.words):
        return False  # no date or no relative clause: nearly every sentence
    said = any(w in _SAYING for w in s.lowers[max(s.start, f.start - 3) : f.start])
    reach = _REACH + (_SOURCE_REACH + 1 if said else 0)
    k = next(
        (j for j in range(f.start - 1, max(s.start, f.start - reach), -1)
         if s.lowers[j] in _RELATIVES), None,
    )  # fmt: skip
    if k is None or not _past(s.lowers[_verb_after(s, k, f.start)]):
        return False
    # ", which killed" after the date, or "that killed" right after it (restrictive).
    end = k - 1 if s.lowers[k - 1] == "," else k
    date = next((d for d in s.dates if d.end == end), None)
    if date is None or s.lowers[date.start - 1] not in _DATING:
        return False
    when = month_day(s.lowers, date)
    if when is not None:  # "March 28" is no past date of itself: the dateline tells
        return s.reference is not None and days_before(when, s.reference) >= STALE_DAYS
    return date.past and (any(is_year(w) for w in s.lowers[date.start : date.end]) or (
        _other_month(s, date)
    ))


def _verb_after(s: Sentence, k: int, before: int) -> int:
    """The relative clause's own verb: the word after the relative at `k`, or after the
    verb of saying of a source set inside the clause ("that officials say killed")."""
    for j in range(k + 2, min(before, k + 2 + _SOURCE_REACH)):
        if s.lowers[j] in _SAYING:
            return j + 1
    return k + 1


def _other_month(s: Sentence, date: DateSpan) -> bool:
    """"in June" in a September story: a month on its own, not the dateline's."""
    month = month_of(s.lowers, date)
    return month is not None and s.reference is not None and s.reference[0] != month


def _past(word: str) -> bool:
    return word in _PAST_ACTS or (len(word) > 4 and word.endswith("ed"))
