"""A chamber that "gave its consent to the law ratifying" a treaty, or "gave final approval to
the ratification of" it, has ratified it: the news is the grant, done. The "to" there is the
preposition after the approval noun, not the infinitive marker of a plan ("is due to ratify"),
which is what the stage word's time rules read it as.

Only a grant told as done counts: "is expected to give its consent to the ratification" and
"would then give final approval to ..." stay plans, and so does a grant told as still needed
("needs the Senate's consent to the ratification")."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp.context import Sentence
from bot.nlp.lexicon import FUTURE_MARKERS
from bot.nlp.step_time import StepCue

_GRANTS = frozenset({"gave", "gives", "granted", "grants", "given"})
_CONSENTS = frozenset(
    {"consent", "approval", "assent", "backing", "endorsement", "go-ahead", "blessing", "light"}
)
# What may stand between the "to" and the stage word: "to the law ratifying", "to the
# ratification", "to the bill on ratifying".
_OBJECT_WORDS = frozenset({"the", "a", "its", "their", "law", "bill", "act", "on", "of"})
_OBJECT_REACH = 4
_GRANT_REACH = 4  # "gave its final formal consent"
# A grant still to come or still owed: the plan the stage word's rules read stands.
_STILL_AHEAD = FUTURE_MARKERS | frozenset(
    {"must", "should", "can", "need", "needs", "needed", "requires", "require", "to", "if"}
)


def granted_consent(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    """`modality`, made news where a planned stage word is the object of a consent given."""
    if modality is not Modality.PLANNED or _GRANTS.isdisjoint(s.words):
        return modality  # nearly every step
    to = _preposition(s, cue.start)
    if to is None or to - 1 < s.start or s.lowers[to - 1] not in _CONSENTS:
        return modality
    grant = _grant(s, to - 1)
    if grant is None or not _STILL_AHEAD.isdisjoint(s.lowers[s.start : grant]):
        return modality
    return Modality.REPORTED


def _preposition(s: Sentence, cue: int) -> int | None:
    """The "to" before the stage word at `cue`, with only its object's words between."""
    for k in range(cue - 1, max(s.start, cue - 1 - _OBJECT_REACH) - 1, -1):
        word = s.lowers[k]
        if word == "to":
            return k
        if word not in _OBJECT_WORDS:
            return None
    return None


def _grant(s: Sentence, noun: int) -> int | None:
    """The verb that gives the consent noun at `noun` ("gave its final consent")."""
    for k in range(noun - 1, max(s.start, noun - 1 - _GRANT_REACH) - 1, -1):
        if s.lowers[k] in _GRANTS:
            return k
    return None
