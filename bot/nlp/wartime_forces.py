"""A force a state can raise for war, named as a noun with its size: "It can mobilise a
wartime force of 280,000 troops". Like "can field 280,000 troops in wartime" (fielded_forces),
it is the whole army's strength, not a deployment. Only a force called "wartime" counts: "can
deploy a force of 3,000 within days" is a unit sent somewhere."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_FIELD_VERBS = frozenset({"field", "mobilise", "mobilize", "muster", "raise"})
_ABLE = frozenset({"can", "could"})
_FORCES = frozenset({"force", "army"})
_WARTIME = frozenset({"wartime", "war-time"})
_PHRASE = 4  # "a wartime force of": article, modifiers and the noun between verb and "of"


def wartime_force(s: Sentence, f: Figure) -> bool:
    """Whether the figure closes "can mobilise a wartime force of"."""
    if _WARTIME.isdisjoint(s.words):
        return False  # nearly every sentence: one set test
    of = f.start - 1
    if of - 1 <= s.start or s.lowers[of] != "of" or s.lowers[of - 1] not in _FORCES:
        return False
    for k in range(of - 2, max(s.start, of - 2 - _PHRASE), -1):
        if s.lowers[k] in _FIELD_VERBS:
            between = s.lowers[k + 1 : of - 1]
            return k - 1 >= s.start and s.lowers[k - 1] in _ABLE and not _WARTIME.isdisjoint(
                between
            )
    return False
