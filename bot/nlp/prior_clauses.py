"""A step told in an "after" clause behind the sentence's news step is what came before it:
"the upper house ratified the treaty on Thursday, a year to the day after the two leaders
signed their defence pact". The news is the main clause's step; the clause behind "after"
or "since" only dates it, so its step is background (a step before any other, "After the
president signed the law, it took effect", still opens the news and is not touched)."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from bot.models import Event, Modality
from bot.nlp.context import Sentence

_PRIOR = frozenset({"after", "since"})


def prior_clause_steps(s: Sentence, found: list[Event]) -> list[Event]:
    """`found` with the reported steps of an "after" clause behind a reported step made
    background."""
    if len(found) < 2 or _PRIOR.isdisjoint(s.words):
        return found  # most sentences: one step or none
    idxs = s.tokens.idxs
    out: list[Event] = []
    news: Event | None = None
    for event in found:
        if event.modality is not Modality.REPORTED:
            out.append(event)
            continue
        if news is None:
            news = event
        else:
            first = bisect_right(idxs, news.end)
            last = bisect_right(idxs, event.start) - 1
            if not _PRIOR.isdisjoint(s.lowers[first:last]):
                event = replace(event, modality=Modality.BACKGROUND)
        out.append(event)
    return out
