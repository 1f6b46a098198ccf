"""The size of a batch of troops with no noun of its own: "about 15,000 troops, including a
second rotation of some 3,000 who arrived this year", "a fresh wave of about 2,000 in
January". A rotation, wave or batch "of N" is a group of what the text counted last, so the
bare number counts those troops, and they are the same side's.

So is the first part of a total broken down after a colon: "about 15,000 troops have gone:
around 11,000 in the autumn and ...".
"""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, Implied, same_as
from bot.nlp.context import Sentence
from bot.nlp.figures import qualifier_before
from bot.nlp.number_reading import number_at

_BATCHES = frozenset({"rotation", "rotations", "wave", "waves", "batch", "batches", "contingent"})
# What may follow the bare number: the clause goes on or ends, no noun for it to count.
_AFTER = frozenset(
    {",", ".", ";", ":", "who", "that", "which", "in", "on", "at", "by", "to", "and", "since",
     "arrived", "was", "were", "had", "has", "have", "during", "last", "this", "earlier"}
)  # fmt: skip


def batch_size(s: Sentence, i: int, previous: Quantity | None) -> Implied | None:
    if previous is None or previous.category != "troop":
        return None  # most figures: no troops told before
    if _BATCHES.isdisjoint(s.words) and ":" not in s.words:
        return None  # no batch noun, no breakdown
    number = number_at(s, i)
    if number is None:
        return None
    end, value = number
    if end < s.end and s.lowers[end] not in _AFTER:
        return None  # a noun follows that the number counts itself
    q_start, qualifier = qualifier_before(s, i)
    n = BareNumber(q_start, i, end, value, qualifier)
    if q_start - 1 > s.start and s.lowers[q_start - 1] == ":" and previous.sentence == s.text:
        return same_as(n, previous), previous.actor  # the total's breakdown
    if q_start - 2 < s.start or s.lowers[q_start - 1] != "of":
        return None
    if s.lowers[q_start - 2] not in _BATCHES:
        return None
    return same_as(n, previous), previous.actor
