"""A part of a group the text has just counted, named again with "the": "Pyongyang has sent
about 15,000 troops ... About 6,000 of the soldiers have been killed or wounded". The
definite article points back at the soldiers counted before, so the part (and the dead among
it) is that count's side. Only a lone side counts: when the counts before were of two
sides' soldiers, "the soldiers" could be either's."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.unit_nouns import unit_noun

_OWNED = frozenset({"casualty", "troop"})
_PEOPLE = frozenset({"troop", "person"})
_REACH = 4  # from the figure's first token to "of": "About 6,000 of", "some 2,000 of"


def definite_part_owner(
    s: Sentence, found: list[Quantity], just_told: Sequence[Quantity]
) -> list[Quantity]:
    """The sentence's ownerless counts told as "N of the <people>", given the side of the
    troops counted earlier in the sentence or in the one before."""
    if "the" not in s.words or "of" not in s.words:
        return found  # most sentences: two set tests
    if not any(q.actor is None and q.category in _OWNED for q in found):
        return found
    out = list(found)
    for k, q in enumerate(out):
        if q.actor is not None or q.category not in _OWNED:
            continue
        noun = _group_noun(s, bisect_right(s.tokens.idxs, q.start) - 1)
        if noun is None:
            continue
        sides = {p.actor for p in [*just_told, *out[:k]] if p.category == noun and p.actor}
        if len(sides) == 1:
            out[k] = replace(q, actor=next(iter(sides)))
    return out


def _group_noun(s: Sentence, first: int) -> str | None:
    """The category of the people after "of the" close after token `first`, or None."""
    for k in range(first, min(s.end - 2, first + _REACH)):
        if s.lowers[k] != "of":
            continue
        if s.lowers[k + 1] != "the":
            return None
        unit = unit_noun(s, k + 2)
        if unit is None or unit[0] != k + 2 or unit[2][1] not in _PEOPLE:
            return None  # "of the North Korean soldiers" names its own side elsewhere
        return unit[2][1]
    return None
