"""A step named as what a bill proposes: "Putin submitted to the Duma a bill on ratifying the
treaty", "the cabinet tabled a draft law on the approval of the accord". The bill is news;
the ratification it would make is still to come, so the step is planned. Once a chamber or
the head of state acts on the bill ("the Duma passed a bill on ratifying ...", "the bill on
ratification was signed"), that act is the step, and the sentence is left to the other rules.
"""

from __future__ import annotations

from bot.models import Modality
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import APPROVE, RATIFY, SIGN

# Papers that only propose: a "law" or "decree" is already in force ("the law on ratifying
# the treaty was published") unless "draft" stands before it.
_PROPOSALS = frozenset({"bill", "bills", "draft", "proposal", "proposals", "motion"})
_DRAFTED = frozenset({"law", "laws", "decree", "legislation"})
_TOPIC = frozenset({"on", "for", "about", "concerning", "regarding"})
# What enacts a bill: a chamber's vote or the head of state's signature, in either voice.
_ENACTING = (APPROVE | SIGN | frozenset({"adopted", "voted", "supported", "enacted"})) - frozenset(
    {"signing", "approving"}
)
_STEPS = RATIFY | frozenset({"approval", "approving"})


def proposed_step(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    """PLANNED for a reported ratification or approval that a bill in the sentence only
    proposes; `modality` otherwise."""
    if modality is not Modality.REPORTED or cue.verb_word not in _STEPS:
        return modality
    if _PROPOSALS.isdisjoint(s.words):
        return modality  # nearly every step: one set test
    if _paper_before(s, cue.start) is None:
        return modality
    lowers = s.lowers
    if any(lowers[k] in _ENACTING for k in range(s.start, s.end) if k != cue.start):
        return modality  # "passed a bill on ratifying": the vote is the step
    return Modality.PLANNED


def _paper_before(s: Sentence, at: int) -> int | None:
    """The proposing paper whose topic the stage word at `at` is: "a bill on (the)
    ratification", "a bill ratifying", "a draft law on approving"; None otherwise."""
    lowers = s.lowers
    k = at - 1
    if k > s.start and lowers[k] == "the":
        k -= 1
    if k > s.start and lowers[k] in _TOPIC:
        k -= 1
    elif not lowers[at].endswith("ing"):
        return None  # "a bill ratification" is no phrase; "a bill ratifying" is
    if k < s.start:
        return None
    word = lowers[k]
    if word in _PROPOSALS:
        return k
    if word in _DRAFTED and k > s.start and lowers[k - 1] == "draft":
        return k
    return None
