"""A bare number told as what is left of a force named just before it: in "the troops had
come home in rotations, and around 10,000 remained in Russia" or "most of the soldiers have
left, but some 2,000 stay on", the number counts the troops the clause before named without
a number of their own, and their owner ("the North Korean troops") is the figure's side. Only
a verb of staying right after the number reads so ("10,000 remained", "2,000 still remain");
a number with no such verb, or no unnumbered force before it, is left to the other readers.
One numbered force is read too: the dead of it ("some 2,000 soldiers have died ... and that
around 10,000 remain there"), since those who stay are then the living rest of that force."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, figure_like
from bot.nlp.carried_rests import carried_rest
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.number_reading import number_at
from bot.nlp.unit_nouns import unit_noun

_STAYING = frozenset({"remained", "remain", "remains", "stayed", "stay", "stays"})
_ADVERBS = frozenset({"still", "now", "reportedly"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her", "those", "these"})
_ASIDE_OPENERS = (["—"], ["–"], ["("], ["-"])
_OWNER_REACH = 3  # "the North Korean troops", "the North's elite troops"
# "2,000 soldiers have died / been killed ... 10,000 remain": the count before is of the dead.
_DEATHS = frozenset({"died", "killed", "dead"})


def remaining_count(
    s: Sentence, n: BareNumber, previous: Quantity | None = None
) -> tuple[Figure, str | None] | None:
    """The figure a bare number makes as the staying rest of a force named before it."""
    k = n.end
    while k < s.end and s.lowers[k] in _ADVERBS:
        k += 1
    if k >= s.end or s.lowers[k] not in _STAYING:
        return None  # the common case: a word test or two
    for j in range(n.start - 1, s.start - 1, -1):
        unit = unit_noun(s, j)
        if unit is None or unit[0] != j or unit[2][1] != "troop":
            continue
        opening = max(s.start, j - _OWNER_REACH - 1)
        counted = any(number_at(s, t) is not None for t in range(opening, j))
        if counted and _DEATHS.isdisjoint(s.lowers[j + 1 : n.start]):
            return None  # "3,000 troops came home; 10,000 remained": its own count
        # "North Korean troops — about 11,000 remain there — ...": an aside set off right
        # after the noun speaks of that force, however the noun was introduced.
        aside = s.lowers[unit[1] : n.start] in _ASIDE_OPENERS
        if not counted and _DETERMINERS.isdisjoint(s.lowers[opening:j]) and not aside:
            return None  # "troops came home, and 10,000 remained": no force named as known
        owner = next(
            (m for m in s.mentions if opening <= m.start < j and m.kind == "country"), None
        )
        actor = None if owner is None else s.gazetteer.actor_of(owner.entity)
        return figure_like(n, unit[2], s.span_text(unit[0], unit[1])), actor
    # No force named in the sentence: the one the sentence before counted, if any.
    return carried_rest(s, n, previous)
