"""A step told as what came before another is the treaty's history. Two phrasings recur:
the step in an "after" clause ("the allies suspended the treaty after Moscow completed its
withdrawal", "days after the president signed the law"), which only dates the main clause;
and the past perfect in the narrator's own voice ("By noon the two leaders had signed the
pact"), set before a past moment the story already tells. Reported speech backshifts
tenses ("the agency said Kim had signed it"), so a sentence with a source keeps the step."""

from __future__ import annotations

from bot.models import Modality
from bot.nlp.both_subjects import both_and_subject
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_AFTER_REACH = 5  # "after Russia completed its withdrawal": "after" to the stage word
_BREAKS = frozenset({",", ";", ":", "(", ")", "and", "but", "—", "."})
_HAD = frozenset({"had"})
_BETWEEN_HAD = frozenset({"already", "just", "finally", "also", "formally", "jointly"})


def prior_step(s: Sentence, cue: StepCue, cues: list[ClaimCue], modality: Modality) -> Modality:
    """Background for a reported step in an "after" clause or in the narrator's past perfect."""
    if modality is not Modality.REPORTED:
        return modality
    window = s.lowers[max(s.start, cue.start - _AFTER_REACH - 1) : cue.start]
    if "after" not in window and "had" not in window:
        return modality  # nearly every step: two scans of a few words
    if _after_clause(s, cue.start) or (not cues and _past_perfect(s, cue.start)):
        return Modality.BACKGROUND
    return modality


def _after_clause(s: Sentence, start: int) -> bool:
    for k in range(start - 1, max(s.start, start - 1 - _AFTER_REACH) - 1, -1):
        word = s.lowers[k]
        if word == "after":
            return True
        if (word in _BREAKS and not (word == "and" and both_and_subject(s, k))) or k in s.date_at:
            return False  # "after both parliaments and leaders ratified it" goes on past "and"
    return False


def _past_perfect(s: Sentence, start: int) -> bool:
    k = start - 1
    while k > s.start and s.lowers[k] in _BETWEEN_HAD:
        k -= 1
    return k >= s.start and s.lowers[k] in _HAD and s.lowers[start].endswith("ed")
