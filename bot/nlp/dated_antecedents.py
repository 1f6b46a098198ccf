"""A relative clause hung on an event dated weeks back tells that event's toll: "the
earthquake of March 28, which killed more than 3,700 people" in an October story is the
lead-up, not the day's news. The date of the noun the clause describes dates its verb."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.dates import STALE_DAYS, days_before, is_year, month_day
from bot.nlp.figures import Figure

_RELATIVES = frozenset({"which", "that"})
_DATING = frozenset({"of", "on", "in"})
_PAST_ACTS = frozenset({"left", "took", "cost", "sent", "made"})
# ", which killed more than": the relative word, a verb and a qualifier at most.
_REACH = 5


def dated_antecedent(s: Sentence, f: Figure) -> bool:
    if not s.dates or _RELATIVES.isdisjoint(s.words):
        return False  # no date or no relative clause: nearly every sentence
    k = next(
        (j for j in range(f.start - 1, max(s.start, f.start - _REACH), -1)
         if s.lowers[j] in _RELATIVES), None,
    )  # fmt: skip
    if k is None or s.lowers[k - 1] != "," or not _past(s.lowers[k + 1]):
        return False
    date = next((d for d in s.dates if d.end == k - 1), None)
    if date is None or s.lowers[date.start - 1] not in _DATING:
        return False
    when = month_day(s.lowers, date)
    if when is not None:  # "March 28" is no past date of itself: the dateline tells
        return s.reference is not None and days_before(when, s.reference) >= STALE_DAYS
    return date.past and any(is_year(w) for w in s.lowers[date.start : date.end])


def _past(word: str) -> bool:
    return word in _PAST_ACTS or (len(word) > 4 and word.endswith("ed"))
