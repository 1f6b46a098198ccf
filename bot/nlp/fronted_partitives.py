"""A sentence opened by a partitive "Of the ..." that points back at the force just counted:
"Pyongyang has sent about 14,000 troops. Of the initial contingent of some 11,000, about 4,000
have been killed or wounded." The definite "the" refers to soldiers the sentence before
counted, so the group and the part of it counted after the comma are that side's. Only a lone
side counts: when the sentence before counted two sides' people, "the" could be either's."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_PEOPLE = frozenset({"troop", "casualty"})
_OPENERS = frozenset({"and", "but", "yet", "so"})  # "But of the 11,000 ..."


def partitive_owner(
    s: Sentence, found: list[Quantity], just_told: list[Quantity]
) -> list[Quantity]:
    """The ownerless troop and casualty counts of a sentence opened by "Of the ...", given the
    side of the people the previous sentence counted."""
    if "of" not in s.words or not any(q.actor is None and q.category in _PEOPLE for q in found):
        return found  # nearly every sentence: one set test
    first = s.start + 1 if s.lowers[s.start] in _OPENERS else s.start
    if s.lowers[first : first + 2] != ["of", "the"] or first + 2 in s.mention_at:
        return found  # "Of the Russian troops ...": a name says whose they are
    sides = {q.actor for q in just_told if q.category in _PEOPLE and q.actor is not None}
    if len(sides) != 1:
        return found
    (side,) = sides
    return [
        replace(q, actor=side) if q.actor is None and q.category in _PEOPLE else q for q in found
    ]
