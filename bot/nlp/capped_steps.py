"""A step a later step is said to complete: "The treaty entered into force on Thursday,
completing a ratification process that took most of the year." The participle clause names
the process the news ends, so its step (ratification) is done before the news and retold as
history; the step the sentence reports is the later one. Only a step named right after the
participle ("completing the ratification", "capping a ratification process") and only beside
a later step reported in the same sentence: "completing ratification" alone is the news."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Event, Modality, Stage
from bot.nlp.context import Sentence

_CAPPING = frozenset({"completing", "concluding", "capping", "ending", "finishing"})
_ORDER = {Stage.SIGNED: 0, Stage.APPROVED: 1, Stage.RATIFIED: 2, Stage.IN_FORCE: 3}
_REACH = 3  # "completing a lengthy ratification": the participle, an article, a modifier


def capped_steps(s: Sentence, found: list[Event]) -> list[Event]:
    """`found` with a step named as the process a later reported step completes made
    background."""
    if len(found) < 2 or _CAPPING.isdisjoint(s.words):
        return found  # nearly every sentence: one length test, one set test
    reported = [_ORDER.get(e.stage, -1) for e in found if e.modality is Modality.REPORTED]
    latest = max(reported, default=-1)
    out: list[Event] = []
    for e in found:
        rank = _ORDER.get(e.stage, -1)
        if e.modality is Modality.REPORTED and 0 <= rank < latest and _capped(s, e):
            e = replace(e, modality=Modality.BACKGROUND)
        out.append(e)
    return out


def _capped(s: Sentence, e: Event) -> bool:
    """Whether the step's trigger (the last token of its span) follows a capping
    participle within `_REACH` tokens."""
    trigger = bisect_left(s.tokens.idxs, e.end) - 1
    first = max(s.start, trigger - _REACH)
    return not _CAPPING.isdisjoint(s.lowers[first:trigger])
