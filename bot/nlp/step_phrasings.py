"""Treaty steps told in phrasings the stage words alone misread.

- "Lithuania formally left the convention": a state leaving a treaty withdraws from it. Only
  with the treaty as the object; "left the country" and "left open" are no step.
- "becoming the first country to withdraw from the treaty": an ordinal's infinitive describes
  the act just told, done, not a plan; told next to that act's own verb, it is the same step.
- "the pact takes effect once instruments of ratification are exchanged", "takes effect 30
  days after both sides confirm ...", "takes effect only when ...": taking effect in the
  present tense, with a condition after it (or a delay counted from one), is still to come.
- "..., which will enter into force once ...": a step a future verb tells is a plan, even when
  a negated step beside it ("has yet to ratify") makes the sentence a state of affairs.
"""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp.context import Sentence
from bot.nlp.granted_consents import granted_consent
from bot.nlp.left_bodies import leaves_a_body
from bot.nlp.lexicon import FUTURE_MARKERS
from bot.nlp.misreported_steps import misreported_step
from bot.nlp.step_time import StepCue
from bot.nlp.tenure_signings import tenure_signing

# "supported leaving the treaty" is an opinion of a step, no step: only the verb's finite
# forms and the infinitive ("voted to leave") count.
_LEAVE = frozenset({"left", "leave", "leaves"})
# Nouns a state leaves that are treaties; a "deal" or an "agreement" left is as often a job.
_LEFT_OBJECTS = frozenset({"treaty", "pact", "convention", "protocol", "accord"})
_OPENERS = frozenset({"the", "its", "their", "this", "that"})
_OBJECT_REACH = 5
_FUNCTION_WORDS = frozenset(
    {"after", "before", "in", "on", "at", "for", "with", "to", "from", "by", "over", "and",
     "or", "when", "while", "as", "that", "which", "who", "but", "under"}
)  # fmt: skip
_ORDINALS = frozenset({"first", "second", "third", "fourth", "fifth", "last", "latest", "only"})
_ORDINAL_REACH = 4
# "takes effect once ...": the verb of taking effect, at the cue or just before it ("enters
# into force", whose cue starts at "into").
_PRESENT_EFFECT = frozenset({"takes", "take", "enters", "enter", "comes", "come"})
_WAITS_ON = frozenset({"once", "when", "after", "upon", "if", "unless"})


def leaving_cues(s: Sentence, taken: list[StepCue]) -> list[StepCue]:
    """"left the Convention on Cluster Munitions": a withdrawal cue at the verb of leaving."""
    if _LEAVE.isdisjoint(s.words):
        return []  # nearly every treaty sentence: one scan in C
    starts = {c.start for c in taken}
    found: list[StepCue] = []
    for i in range(s.start, s.end - 2):
        if s.lowers[i] in _LEAVE and i not in starts and (
            _leaves_a_treaty(s, i) or leaves_a_body(s, i)
        ):
            found.append(StepCue(Stage.WITHDRAWN, i, i + 1, s.lowers[i]))
    return found


def _leaves_a_treaty(s: Sentence, i: int) -> bool:
    if s.lowers[i + 1] not in _OPENERS:
        return False
    for k in range(i + 2, min(s.end, i + 2 + _OBJECT_REACH)):
        word = s.lowers[k]
        if word in _LEFT_OBJECTS:
            return True
        if (not word.isalnum() and word != "-") or word in _FUNCTION_WORDS:
            return False  # "left the country after the treaty talks": the object has ended
    return False


def ordinal_infinitive(s: Sentence, cue: StepCue) -> bool:
    """"the first country to withdraw": an infinitive after an ordinal and its noun."""
    k = cue.start - 1
    if k <= s.start or s.lowers[k] != "to":
        return False
    return not _ORDINALS.isdisjoint(s.lowers[max(s.start, k - _ORDINAL_REACH) : k])


def restated_acts(s: Sentence, cues: list[StepCue]) -> list[StepCue]:
    """The cues without an ordinal's infinitive that retells another cue's step."""
    repeated = [
        c for c in cues
        if ordinal_infinitive(s, c)
        and any(o.stage is c.stage and o.start != c.start for o in cues)
    ]  # fmt: skip
    return [c for c in cues if c not in repeated] if repeated else cues


def phrased_modality(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    """The cue's modality, corrected for the phrasings above, for a consent given "to the
    law ratifying" (`granted_consents`) and a signing "under President X" (`tenure_signings`)."""
    # 'tickers are calling this Russia "ratifying" it': the press's word (`misreported_steps`).
    modality = tenure_signing(s, cue, granted_consent(s, cue, misreported_step(s, cue, modality)))
    first = s.clause_start(cue.start)
    future = not FUTURE_MARKERS.isdisjoint(s.lowers[first : cue.start])
    if modality is Modality.PLANNED and not future and ordinal_infinitive(s, cue):
        return Modality.REPORTED  # "became the first state to ratify it"
    if modality is Modality.BACKGROUND and cue.context and future:
        return Modality.PLANNED  # "..., which will enter into force once ..."
    if modality is Modality.REPORTED and cue.stage is Stage.IN_FORCE and _waits(s, cue):
        return Modality.PLANNED
    return modality


def _waits(s: Sentence, cue: StepCue) -> bool:
    verb = cue.start if s.lowers[cue.start] in _PRESENT_EFFECT else cue.start - 1
    if verb < s.start or s.lowers[verb] not in _PRESENT_EFFECT:
        return False
    start = cue.end
    # "takes effect 30 days after ...", "enters into force six months after ...": a delay
    # counted from a condition still to be met is no less a schedule.
    if s.lowers[start + 1 : start + 2] and s.lowers[start + 1] in _DELAY_UNITS and (
        s.lowers[start].isdigit() or s.lowers[start] in _COUNT_WORDS
    ):
        start += 2
    # "takes effect only when ...", "enters into force automatically once ...": a focusing
    # adverb before the condition leaves it a condition.
    if s.lowers[start : start + 1] and s.lowers[start] in _FOCUS_ADVERBS:
        start += 1
    after = s.lowers[start : start + 3]
    if after[:1] in _COMING or after[:2] in _COMING:
        return True  # "takes effect at midnight": present tense, a time still ahead
    return bool(after) and (after[0] in _WAITS_ON or after == ["as", "soon", "as"])


# The present tense with a time of the same day or the next one schedules the step; "took
# effect at midnight" is past, and its verb is no `_PRESENT_EFFECT`.
_COMING = (["at", "midnight"], ["from", "midnight"], ["tomorrow"], ["tonight"])


_FOCUS_ADVERBS = frozenset({"only", "just", "automatically", "immediately", "formally"})


_DELAY_UNITS = frozenset({"day", "days", "week", "weeks", "month", "months", "year", "years"})
_COUNT_WORDS = frozenset(
    {"a", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
     "twelve", "fifteen", "thirty", "sixty", "ninety"}
)  # fmt: skip
