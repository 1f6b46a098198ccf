"""Figures told "at the same briefing" as one told before: "Rep. X said last month that about
20,000 workers were in Russia. ... At the same briefing, the agency said some 10,000 troops
remained there." "The same" points back at an occasion the story already told, so its
figures are as old as the last figure told from it: history when that one was history, news
when that one was news. Events have the same rule (`same_occasions`); this is its reading
for figures, where the occasion is a briefing, hearing or interview a source spoke at.

Only "at|during|in the same <occasion>"; "the same day" or "the same month" are read by the
date rules (`same_period_history`), since a day may be the news's own."""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.follow_on_history import history_like_before

_OCCASIONS = frozenset(
    {"briefing", "meeting", "session", "hearing", "interview", "conference", "audit",
     "appearance", "event", "forum"}
)  # fmt: skip
_PREPOSITIONS = frozenset({"at", "during", "in"})


def same_briefing_history(
    s: Sentence, found: list[Quantity], told: Sequence[Quantity]
) -> list[Quantity]:
    """`found` made history when the sentence says "at the same <occasion>" and the last
    figure told before it (`told`, its last) is history."""
    if not found or not told or "same" not in s.words or _OCCASIONS.isdisjoint(s.words):
        return found  # nearly every sentence: two set tests
    if not _same_occasion(s):
        return found
    return history_like_before(found, told[-1:])


def _same_occasion(s: Sentence) -> bool:
    """Whether the sentence says "at the same briefing" (or "during the same hearing");
    "the same closed-door briefing" passes one modifier."""
    lowers = s.lowers
    for k in range(s.start + 2, s.end - 1):
        if lowers[k] != "same" or lowers[k - 1] != "the" or lowers[k - 2] not in _PREPOSITIONS:
            continue
        if lowers[k + 1] in _OCCASIONS or (k + 2 < s.end and lowers[k + 2] in _OCCASIONS):
            return True
    return False
