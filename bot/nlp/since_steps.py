"""A step told in a "since" clause is the yardstick of a count up to now, so it is history:
"the third such attack since the truce was signed", "No talks have been held since the pact
was ratified". The clause opens with "since", names the treaty ("the accord", "the deal")
and tells the step in the passive, or as the treaty's own act ("since their treaty took
effect"). A treaty told by its full name ("since the Treaty on Comprehensive Strategic
Partnership between the DPRK and the Russian Federation was signed") ends in no treaty noun,
so its "since" is looked for further back, across words only. "Since signing the pact, Kim
has ..." and "signed the pact since Monday's talks" are other shapes, left alone."""

from __future__ import annotations

from bot.models import Modality, Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import TREATY_NOUNS

_PASSIVES = frozenset({"was", "were", "had", "been", "has", "have"})
_DETERMINERS = frozenset({"the", "this", "that", "their", "its", "our", "a"})
_REACH = 6  # "since the 2018 military accord was signed"
# "since the Treaty on Comprehensive Strategic Partnership between the DPRK and the Russian
# Federation was signed": a full name, its treaty noun first.
_NAME_REACH = 16


def since_step(s: Sentence, cue: StepCue, modality: Modality) -> Modality:
    """Background for a step told as "since the <treaty> was <stage>"; else `modality`."""
    if modality is not Modality.REPORTED or "since" not in s.words:
        return modality  # most sentences: no "since" at all
    lowers = s.lowers
    k = cue.start - 1
    while k > s.start and lowers[k] in _PASSIVES:
        k -= 1
    # "since their treaty took effect": taking effect is the treaty's own act, no passive.
    active = cue.stage is Stage.IN_FORCE and k == cue.start - 1
    if (k == cue.start - 1 and not active) or k < s.start:
        return modality  # no passive auxiliary
    named = lowers[k] not in TREATY_NOUNS
    for j in range(k - 1, max(s.start - 1, k - (_NAME_REACH if named else _REACH)), -1):
        if lowers[j] == "since":
            opens = lowers[j + 1] in _DETERMINERS
            # A full name holds its treaty noun at the start: "since the Treaty on ..."
            return Modality.BACKGROUND if opens and (
                not named or lowers[j + 2] in TREATY_NOUNS) else modality
        if not lowers[j].isalnum():
            return modality
    return modality
