"""Participles joined by "and" share the auxiliary before the first of them: "The pact still
has to be approved by the European Parliament, where critics vow to block it, and ratified by
the four national congresses" plans the ratification as well as the approval, and "the deal,
which was brokered by Qatar and signed in Doha on Friday" tells the signing as the deal's
history, as "which was signed" would. The second participle stands far from the auxiliary,
so the stage word's own window reads it as news."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_AUXILIARIES = frozenset({"be", "been", "is", "are", "was", "were"})
_PLANNERS = frozenset(
    {"to", "will", "would", "must", "should", "shall", "could", "can", "may", "might", "need",
     "needs", "yet"}
)  # fmt: skip
_RELATIVES = frozenset({"which", "that"})
# Back from the "and" over the first participle's agent and any clause set off inside it.
_REACH = 24
_STOPS = frozenset({".", ";", ":", "but", "while", "whereas", "although"})


def shared_modality(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    """`modality`, or the one the auxiliary of the participle coordinated before `cue` gives."""
    i = cue.start
    if modality is not Modality.REPORTED or i - 1 <= s.start or s.lowers[i - 1] != "and":
        return modality  # nearly every step: one word test
    if not s.lowers[i].endswith("ed"):
        return modality
    for j in range(i - 2, max(s.start, i - _REACH) - 1, -1):
        word = s.lowers[j]
        if word in _STOPS:
            break
        if word not in _AUXILIARIES or not s.lowers[j + 1].endswith("ed"):
            continue
        before = s.lowers[max(s.start, j - 3) : j]
        if before and (before[-1] in _RELATIVES or before[-2:-1] == ["which"]):
            return Modality.BACKGROUND  # "which was", "which has been": the treaty described
        if not _PLANNERS.isdisjoint(before):
            return Modality.PLANNED
        break  # the nearest auxiliary is the shared one
    return modality
