"""A step named by its noun only to be judged: '"The ratification of the treaty is a clear
signal to those who hoped to isolate us," the speaker said.' The noun phrase is the subject
of "is a ..." (a signal, a message, a step forward); the sentence weighs the step, it does not
tell that it was taken.

When a chamber's approval of the treaty was told before ("The lower house on Thursday
ratified the treaty"), the judged ratification is the whole of it, which the other chamber
and the head of state have still to complete: a plan. With no such vote told, the sentence
tells no step at all and is dropped.

Only a definite noun ("the ratification", "its signing") right before "is a/an" or "will be
a/an": "The ratification was approved by 397 votes" tells a vote, and "ratification is
expected in May" a date; both are left to the step readers."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Modality, Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import NOMINALS

_DEFINITE = frozenset({"the", "its", "this", "their"})
_JUDGING = (("is", "a"), ("is", "an"), ("will", "be", "a"), ("will", "be", "an"))
_PHRASE_REACH = 8  # "the ratification of the Treaty on Comprehensive Strategic Partnership"


def _judged(s: Sentence, e: Event) -> bool:
    """Whether the step's noun is the definite subject of "is a ..."."""
    k = next((t for t in range(s.start, s.end) if s.char_span(t, t + 1)[0] == e.start), None)
    if k is None or s.lowers[k] not in NOMINALS or k == s.start:
        return False
    if s.lowers[k - 1] not in _DEFINITE:
        return False
    for j in range(k + 1, min(s.end, k + _PHRASE_REACH)):
        if any(tuple(s.lowers[j : j + len(p)]) == p for p in _JUDGING):
            return True
        if s.lowers[j] in {",", ";", ".", "was", "were", "is", "will", "has", "had"}:
            return False  # the noun phrase ended without "is a": another predicate
    return False


def judged_steps(s: Sentence, found: list[Event], events: list[Event]) -> list[Event]:
    """The sentence's steps, a judged one made planned after a chamber's approval of the
    same treaty, or dropped."""
    if not found or ("is" not in s.words and "be" not in s.words):
        return found  # nearly every sentence: no step, or no "is a" to judge one by
    out: list[Event] = []
    for e in found:
        if e.modality is not Modality.REPORTED or not _judged(s, e):
            out.append(e)
            continue
        voted = any(
            t.stage is Stage.APPROVED and t.modality is Modality.REPORTED
            and set(t.parties) <= set(e.parties)
            for t in events
        )  # fmt: skip
        if voted and e.stage is Stage.RATIFIED:
            out.append(replace(e, modality=Modality.PLANNED))
    return out
