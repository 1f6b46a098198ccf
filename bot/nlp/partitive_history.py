""""Of the roughly 11,000 soldiers the North dispatched last autumn, about 4,000 have been
killed": a fronted "of the ..." names the whole the news takes its share from. When its own
clause dates that whole to the past, the whole is history; the share after the comma is the
news. "the 14,000 soldiers the North has sent since October" counts up to now: a date after
"since" starts a running total, it does not date the whole."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_PAST_MARKS = frozenset({"last", "ago", "earlier", "previously"})
_FILLERS = frozenset({"the", "roughly", "about", "some", "around", "nearly", "almost", "over",
                      "more", "than", "an", "estimated"})  # fmt: skip
_CLAUSE_ENDS = frozenset({",", ";", ":", "."})
_REACH = 10


def dated_partitive_whole(s: Sentence, f: Figure) -> bool:
    if s.lowers[s.start] != "of" or f.start <= s.start:
        return False
    if not _FILLERS.issuperset(s.lowers[s.start + 1 : f.start]):
        return False
    end = f.end
    while end < min(s.end, f.end + _REACH) and s.lowers[end] not in _CLAUSE_ENDS:
        end += 1
    if end >= s.end or s.lowers[end] != ",":
        return False
    if not _PAST_MARKS.isdisjoint(s.lowers[f.end : end]):
        return True
    return any(
        d.past and f.end <= d.start < end and s.lowers[d.start - 1] != "since" for d in s.dates
    )
