"""A signing coordinated with the ratification that followed it: "The agreement has been
concluded and ratified in line with our constitution", "a pact signed and ratified by both
sides". A treaty is signed before it is ratified, so in one verb phrase the signing is the
older step, told to sum up how the treaty got where it is; the ratification carries the
news (or not) on its own. The signing is made history; a signing on its own ("signed and
sealed", "signed on Monday") is left alone."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue

_DONE_SIGNINGS = frozenset({"signed", "concluded", "inked"})
# Later steps in the past participle: "signed and ratified", "concluded and approved".
_LATER_STEPS = frozenset({"ratified", "approved", "endorsed"})


def signed_then_ratified(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    """BACKGROUND for a reported signing right before "and <later step>", else `modality`."""
    if modality is not Modality.REPORTED or cue.stage is not Stage.SIGNED:
        return modality
    if s.lowers[cue.start] not in _DONE_SIGNINGS:
        return modality
    after = s.lowers[cue.end : cue.end + 2]
    if len(after) == 2 and after[0] == "and" and after[1] in _LATER_STEPS:
        return Modality.BACKGROUND
    return modality
