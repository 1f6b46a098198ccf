"""A figure told inside "at a time when" with a past verb is the backdrop of an older
moment, not the news: "The aid arrived at a time when the army was losing more than 500 men
a day." English news opens such a clause to set the scene of the past it is recounting; the
same clause in the present ("at a time when the army is losing 500 men a day") is the state
of things now, and stays news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_PAST = frozenset({"was", "were", "had"})
_BREAKS = frozenset({",", ";", ":", "(", "but", "while", "and"})
_VERB_REACH = 4  # "at a time when it was losing", "when Russian forces were losing"


def past_time_when(s: Sentence, f: Figure) -> bool:
    """The figure follows "at a/the time when <subject> was/were/had" in the same clause."""
    if "when" not in s.words or "time" not in s.words:
        return False  # nearly every sentence
    for k in range(f.start - 1, max(s.start + 3, f.start - 16) - 1, -1):
        word = s.lowers[k]
        if word in _BREAKS:
            return False
        if word == "when" and s.lowers[k - 3 : k] in (["at", "a", "time"], ["at", "the", "time"]):
            verbs = s.lowers[k + 1 : min(f.start, k + 1 + _VERB_REACH)]
            return not _PAST.isdisjoint(verbs)
    return False
