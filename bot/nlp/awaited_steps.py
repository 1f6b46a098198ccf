"""A step told in the present passive or present perfect after a word of waiting is still to
come: "the treaty will have no legal force until it is signed by the two leaders and
ratified by both parliaments", "once the pact has been ratified", "unless both parliaments
have approved it". English tells the future in such clauses in the present, so "is signed"
there is no signing. The past ("until it was signed in 1992") is a met condition, left as
it is."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_WAITS = frozenset({"until", "unless", "once", "when", "after", "if", "before", "till"})
# Present auxiliaries: "is signed", "are ratified", "has been ratified", "have approved".
_PRESENT_AUX = frozenset({"is", "are", "has", "have", "been"})
# "until it is": the subject of the waiting clause, a few words at most ("the two states").
_SUBJECT_REACH = 4
# "is signed by the two leaders and ratified": the auxiliary a coordinated participle shares.
_AUX_REACH = 12
_STOPS = frozenset({",", ";", ":", "(", ")", "."})


def awaited_step(s: Sentence, cue: StepCue) -> bool:
    """Whether the step word at `cue` is a participle in a clause that waits for it."""
    if _WAITS.isdisjoint(s.words) or not s.lowers[cue.start].endswith("ed"):
        return False  # no word of waiting, or no participle: nearly every step
    aux = None
    for k in range(cue.start - 1, max(s.start, cue.start - _AUX_REACH) - 1, -1):
        word = s.lowers[k]
        if word in _STOPS or word in _WAITS:
            break
        if word in _PRESENT_AUX:
            aux = k
            break
    if aux is None:
        return False
    if aux + 1 < cue.start and not _coordinated(s, aux, cue.start):
        return False  # "is not a signature ... signed": the auxiliary belongs elsewhere
    if s.lowers[aux] == "been" and s.lowers[aux - 1 : aux] not in (["has"], ["have"]):
        return False  # "had been signed": a past perfect
    head = aux - 1 if s.lowers[aux] == "been" else aux
    before = s.lowers[max(s.start, head - _SUBJECT_REACH - 1) : head]
    return not _WAITS.isdisjoint(before) and _STOPS.isdisjoint(before)


def _coordinated(s: Sentence, aux: int, cue: int) -> bool:
    """"is signed by the two leaders and ratified": a participle right after the auxiliary,
    and an "and"/"or" joining the cue's participle to it."""
    first = s.lowers[aux + 1]
    joined = s.lowers[cue - 1] in {"and", "or"} or any(
        w in {"and", "or"} for w in s.lowers[aux + 2 : cue]
    )
    return (first == "been" or first.endswith("ed")) and joined
