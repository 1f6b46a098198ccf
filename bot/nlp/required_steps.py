"""A step the sentence says a treaty requires is still to come: "It requires the approval of
the Diet and will take effect once both governments ..." names the chamber's vote as a
condition, so the approval it finds is planned, not done."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Event, Modality, Stage
from bot.nlp.context import Sentence

_NEEDS = frozenset({"requires", "require", "required", "needs", "need"})
_STEPS = frozenset({"approval", "consent", "ratification", "endorsement", "backing"})
_VOTED = frozenset({Stage.APPROVED, Stage.RATIFIED})
# "requires the approval", "needs final parliamentary approval": the need word to the noun.
_REACH = 4


def required_steps(s: Sentence, found: list[Event]) -> list[Event]:
    """`found` with a chamber's step the sentence says is required read as planned."""
    if _NEEDS.isdisjoint(s.words) or _STEPS.isdisjoint(s.words):
        return found  # nearly every sentence: two set tests
    out = list(found)
    for k, e in enumerate(out):
        if e.stage not in _VOTED or e.modality != Modality.REPORTED:
            continue
        first = bisect_left(s.tokens.idxs, e.start, s.start, s.end)
        last = bisect_left(s.tokens.idxs, e.end, s.start, s.end)
        if _required(s, first, last):
            out[k] = replace(e, modality=Modality.PLANNED)
    return out


def _required(s: Sentence, first: int, last: int) -> bool:
    """Whether a need word governs a step noun within the step's words (`first`-`last`):
    "requires the approval"."""
    for j in range(first, min(last + 1, s.end)):
        if s.lowers[j] in _STEPS and any(
            s.lowers[n] in _NEEDS for n in range(max(s.start, j - _REACH), j)
        ):
            return True
    return False
