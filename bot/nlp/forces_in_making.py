"""A force still being put together counts the size it is meant to reach: "the juntas are
building a joint force of 5,000 soldiers" plans those soldiers; "have formed a force of
5,000" tells a done act and stays news."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_MAKING = frozenset({"building", "forming", "creating", "raising", "assembling", "establishing"})
# "is setting up a joint force of 5,000 troops": phrasal verbs of making, with their particle.
_PHRASAL = {"setting": "up", "putting": "together", "standing": "up"}
_GATE = _MAKING | frozenset(_PHRASAL)
_BEING = frozenset({"is", "are", "was", "were", "'re", "'s"})
_FORCES = frozenset({"force", "forces", "army", "brigade", "contingent", "corps", "unit",
                     "division", "battalion", "legion"})  # fmt: skip
# "are building a new joint rapid-reaction force of": the verb a few words before the noun.
_REACH = 6


def force_in_making(s: Sentence, f: Figure) -> bool:
    if _GATE.isdisjoint(s.words):
        return False  # no verb of making: nearly every sentence
    if f.start - 2 < s.start or s.lowers[f.start - 1] != "of":
        return False
    if s.lowers[f.start - 2] not in _FORCES:
        return False
    window = s.lowers[max(s.start, f.start - 2 - _REACH) : f.start - 2]
    return any(
        k and window[k - 1] in _BEING and (
            w in _MAKING or (w in _PHRASAL and window[k + 1 : k + 2] == [_PHRASAL[w]])
        )
        for k, w in enumerate(window)
    )
