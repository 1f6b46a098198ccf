""""Poland and the Baltic states formally ceased to be parties to the Ottawa Convention": a
state that stops being a party to a treaty has left it, a withdrawal told without a verb of
leaving or withdrawing. The cue sits at "ceased"; "ceased to be a party to the conflict" names
no treaty, so it is no step."""

from __future__ import annotations

from bot.models import Stage
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import TREATY_NOUNS

_CEASE = frozenset({"ceased", "ceases", "cease", "ceasing"})
_PARTY = frozenset({"party", "parties", "signatory", "signatories", "member", "members"})
_OBJECT_REACH = 5  # "parties to the 1997 Ottawa Convention"


def ceased_cues(s: Sentence, taken: list[StepCue]) -> list[StepCue]:
    """A withdrawal cue at each "ceased to be (a) party to <treaty>"."""
    if _CEASE.isdisjoint(s.words):
        return []  # nearly every treaty sentence: one set test
    starts = {c.start for c in taken}
    lowers = s.lowers
    found: list[StepCue] = []
    for i in range(s.start, s.end - 4):
        if lowers[i] not in _CEASE or i in starts or lowers[i + 1 : i + 3] != ["to", "be"]:
            continue
        k = i + 3 + (lowers[i + 3] in {"a", "an"})
        if lowers[k] not in _PARTY or lowers[k + 1 : k + 2] not in (["to"], ["of"]):
            continue
        if not TREATY_NOUNS.isdisjoint(lowers[k + 2 : min(s.end, k + 2 + _OBJECT_REACH)]):
            found.append(StepCue(Stage.WITHDRAWN, i, i + 1, lowers[i]))
    return found
