"""Whose army a size told after its noun is: "the North Korean contingent of about 11,000",
"Sweden's force of 1,200". Such a figure starts at the army noun, so the demonym or owner
just before that noun lies outside the figure's own modifiers; it still says whose the army
is, as it would before "11,000 North Korean troops"."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_POSSESSIVE = frozenset({"'s", "’s"})


def army_owner(s: Sentence, f: Figure, claim_tokens: set[int]) -> str | None:
    """The state named right before the army noun of "<army> of <number>", or None."""
    if f.army is None or f.unit_end > f.num_start:
        return None  # most figures: the number comes first
    k = f.unit_start - 1
    possessive = k >= s.start and s.lowers[k] in _POSSESSIVE
    if possessive:
        k -= 1
    found = s.mention_at.get(k) if k >= s.start else None
    if found is None or found.end != k + 1 or found.start in claim_tokens:
        return None
    if not (found.adjectival or possessive):
        return None  # "sent to Russia a contingent of 11,000": a place, not an owner
    return s.gazetteer.actor_of(found.entity)
