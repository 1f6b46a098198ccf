"""A bare number a force's size or a side's losses are set at: "The strength of the Chadian
contingent remains at the level of 2 thousand", "Oslo estimated the size of the contingent
at 'around 900'", "Kenyan losses are higher, at more than 300". The noun the clause is about
(a contingent, a force's presence; losses) says what the number counts, so the number needs
no unit of its own; the people's adjective or possessive before the noun says whose.
Without one ("the size of the contingent at 900") the count is left out: whose contingent
it is must then be read from what the text told before, which this rule does not do.

Only a number right after "at" or "at the level of" (a quote mark may open it), with the
noun a few words back in the same clause: "the contingent at" and "losses are higher, at"
count; "arrived at 9" or "the contingent arrived in Kursk at 10" (a time, a place between)
do not, and a force noun must name a body of troops ("contingent", "presence"), not any
"size" or "strength".
"""

from __future__ import annotations

from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import QUOTES, Sentence

_FORCES = frozenset({"contingent", "contingents", "presence", "deployment"})
_LOSSES = frozenset({"losses"})
# Words that may stand between the noun and "at": the verb of being or of estimating, a
# comparison set off by a comma ("are higher, at").
_LINKS = frozenset(
    {"remains", "remain", "remained", "stands", "stood", "is", "are", "was", "were", "now",
     "still", "higher", "lower", "even", ","}
)  # fmt: skip
_LEVEL = ("at", "the", "level", "of")  # "remains at the level of 11 thousand"
_LINK_REACH = 3
_OWNER_REACH = 4  # "the total North Korean contingent": the owner's words before the noun


def force_level(s: Sentence, n: BareNumber) -> Implied | None:
    """The bare number `n` as the size of the force or the losses the clause is about, with
    the side named right before the noun; None when no side is named there."""
    at = n.start - 1
    if at > s.start and s.lowers[at] in QUOTES:
        at -= 1  # 'at "around 10,000"': the source's words quoted
    if at <= s.start:
        return None
    if tuple(s.lowers[at - 3 : at + 1]) == _LEVEL:
        at -= 3
    elif s.lowers[at] != "at":
        return None  # nearly every number: one or two looks back
    k = at - 1
    while k > s.start and at - 1 - k < _LINK_REACH and s.lowers[k] in _LINKS:
        k -= 1
    noun = s.lowers[k]
    if noun in _FORCES:
        found = ("troop", "troop")
    elif noun in _LOSSES:
        found = ("casualty", "casualty")
    else:
        return None
    if "," in s.lowers[k:at] and noun not in _LOSSES:
        return None  # "the contingent, at 10" sets the number off as an aside of its own
    owner = _owner(s, k)
    if owner is None:
        return None  # "the size of the contingent at 10,000": whose force is left unsaid
    return figure_like(n, found, s.texts[k]), owner


def _owner(s: Sentence, noun: int) -> str | None:
    """The side named by an adjective or possessive right before the noun ("North Korean
    losses", "the North's presence"), skipping "the", "total" and such."""
    for k in range(noun - 1, max(s.start, noun - _OWNER_REACH) - 1, -1):
        found = s.mention_at.get(k)
        if found is not None and found.kind == "country":
            return s.gazetteer.actor_of(found.entity)
        if not s.lowers[k].isalpha() and s.lowers[k] not in {"'s", "’s"}:
            return None
    return None
