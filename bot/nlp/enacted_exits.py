"""An exit a chamber has approved is done, not planned: "the parliament on Thursday approved
the government's proposal to withdraw from the convention". Read alone, "proposal to
withdraw" is an intention; but the approval (dropped as a step of its own by
`approves_an_exit`) is the vote that makes the exit, so the exit takes the approval's tense:
news when the approval is news, still planned in "is expected to approve the bill to
withdraw"."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp.approved_exits import approves_an_exit
from bot.nlp.context import Sentence
from bot.nlp.step_cues import cue_modality
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import APPROVE, WITHDRAW

# The infinitive an approved motion names: "a decision to withdraw", "a bill to quit".
_BASES = frozenset({"withdraw", "quit", "exit"})
# "approved ... the government's proposal to withdraw": approval word to the exit word.
_REACH = 9


def enacted_exit(s: Sentence, cue: StepCue, trigger: int, modality: Modality) -> Modality:
    """The approval's modality for a planned exit infinitive an approval took as object;
    `modality` otherwise."""
    if modality is not Modality.PLANNED or cue.stage is not Stage.WITHDRAWN:
        return modality
    if cue.verb_word not in _BASES or APPROVE.isdisjoint(s.words):
        return modality  # nearly every exit: two set tests
    first = max(s.clause_start(cue.start), cue.start - _REACH)
    for k in range(cue.start - 1, first - 1, -1):
        word = s.lowers[k]
        if word in WITHDRAW:
            return modality  # another exit stands between: the approval is of that one
        if word in APPROVE:
            approval = StepCue(Stage.APPROVED, k, k + 1, word)
            if approves_an_exit(s, approval):
                return cue_modality(s, approval, trigger)
            return modality
    return modality
