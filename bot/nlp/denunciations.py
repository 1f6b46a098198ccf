"""A law or decree "denouncing" a treaty withdraws from it: "Putin signed a law denouncing
the convention on ...", "a decree on denouncing the agreement". Denouncing is the legal
term for leaving a treaty, but the same verb condemns ("Seoul denounced the pact as a
threat"), so only a denouncing a law or decree carries counts as the step."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import LAW_WORDS

_DENOUNCING = frozenset({"denouncing", "denounces", "denounce"})
_LINKS = frozenset({"on", "to"})  # "a decree on denouncing", "a bill to denounce"


def denouncing_cues(s: Sentence, taken: list[StepCue]) -> list[StepCue]:
    """A withdrawal cue at each "denouncing" that a law or decree just before it carries."""
    if _DENOUNCING.isdisjoint(s.words):
        return []  # nearly every treaty sentence: one set test
    starts = {c.start for c in taken}
    found: list[StepCue] = []
    for i in range(s.start + 1, s.end):
        if s.lowers[i] not in _DENOUNCING or i in starts:
            continue
        law = i - 2 if s.lowers[i - 1] in _LINKS else i - 1
        if law >= s.start and s.lowers[law] in LAW_WORDS:
            found.append(StepCue(Stage.WITHDRAWN, i, i + 1, s.lowers[i]))
    return found
