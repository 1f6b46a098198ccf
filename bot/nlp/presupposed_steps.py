""""The defence treaty that Russia and North Korea ratified this month is expected to enter
into force in the coming weeks": a step told in a relative clause of the sentence's subject
is given, not told; the sentence's news is its main verb. Dated steps there were already
history ("that X signed in June"); an undated or "this month" one read as news.
"""

from __future__ import annotations

from bot.models import Modality
from bot.nlp.circumstance_steps import circumstance_step
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_RELATIVES = frozenset({"that", "which"})
# The subject's own words before the treaty noun: "The mutual defence treaty that ...".
_SUBJECT_SPAN = 6
# The relative clause's own words after its verb: "this month", "last week", "in June".
_CLAUSE_SPAN = 5
# Verbs that open the main clause once the relative clause is done.
_MAIN_VERBS = frozenset(
    {"is", "was", "are", "were", "will", "would", "could", "may", "might", "must", "should",
     "has", "have", "had", "remains", "commits", "obliges", "binds", "requires", "allows",
     "provides", "calls", "enters", "entered", "takes", "took", "comes", "came", "expires"}
)  # fmt: skip
_STOPS = frozenset({",", ";", ":", "and", "but", "that", "which", "said", "says"})


def presupposed_step(s: Sentence, cue: StepCue, trigger: int, modality: Modality) -> Modality:
    """Background for a step told in "The <treaty> that/which <parties> <step> ... <verb>"
    at the head of the sentence."""
    # "the conditions under which the pact was signed have changed": a setting, given too
    return circumstance_step(s, cue, _subject_relative(s, cue, trigger, modality))


def _subject_relative(s: Sentence, cue: StepCue, trigger: int, modality: Modality) -> Modality:
    if modality is not Modality.REPORTED or not (s.start < trigger < cue.start):
        return modality
    # "The pact that ..." or "The pact, which ..., commits": the comma pair sets it off.
    commas = s.lowers[trigger + 1 : trigger + 3] == [",", "which"]
    relative = trigger + (2 if commas else 1)
    if trigger - s.start > _SUBJECT_SPAN or s.lowers[relative] not in _RELATIVES:
        return modality
    if s.lowers[s.start] not in {"the", "this"} or not _STOPS.isdisjoint(
        s.lowers[s.start : trigger]
    ):
        return modality  # "The Senate said the pact that ...": not the sentence's subject
    # Between the relative word and the step only its subject: no clause break.
    if any(w in _STOPS and w != "and" for w in s.lowers[relative + 1 : cue.start]):
        return modality
    for k in range(cue.end, min(s.end, cue.end + _CLAUSE_SPAN + 1)):
        word = s.lowers[k]
        if word in _MAIN_VERBS:
            return Modality.BACKGROUND
        if word == "," and commas:
            continue
        if word in _STOPS:
            return modality
    return modality
