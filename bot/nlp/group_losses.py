"""A toll told as the bare "losses" of a force the same sentence has just named by its
demonym: "including North Korean units whose losses have already exceeded 4,000 killed and
wounded", "says 11,000 North Korean troops remain in Russia and that losses since December
have passed 6,000". The loss noun has no owner word of its own ("its", "their", a demonym):
it opens a relative or a coordinated clause and looks back at the force just named. Without
this the count has no side, and a casualty alert on that side is missed. Only when every
force named by a demonym before it is the same side: with two ("Russian and North Korean
units whose losses") whose losses they are is unclear."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.casualty_owners import own_casualties
from bot.nlp.context import Sentence

_LOSS_NOUNS = frozenset({"losses", "casualties"})
# What opens the loss noun's clause: "units whose losses", "..., and that losses ...".
_OPENERS = frozenset({"whose", "that", "and", "while", ","})
# The force a demonym names: "North Korean troops", "North Korean units".
_FORCES = frozenset(
    {"troops", "soldiers", "units", "forces", "servicemen", "personnel", "contingent",
     "brigades", "battalions", "regiments"}
)  # fmt: skip
_NOUN_REACH = 6  # "losses since December have passed 6,000"
_FORCE_REACH = 4  # "North Korean special forces", "Russian and North Korean units"


def group_loss_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The ownerless casualty counts after a clause-opening bare "losses" given to the side
    of the one force named by a demonym before it in the sentence."""

    def side_at(number: int, _: Quantity) -> str | None:
        noun = next(
            (j for j in range(number - 1, max(s.start, number - _NOUN_REACH) - 1, -1)
             if s.lowers[j] in _LOSS_NOUNS),
            None,
        )  # fmt: skip
        if noun is None or noun - 1 <= s.start or s.lowers[noun - 1] not in _OPENERS:
            return None
        return _force_side(s, noun)

    return own_casualties(s, found, _LOSS_NOUNS, side_at)


def _force_side(s: Sentence, noun: int) -> str | None:
    """The side of the forces named by a demonym before token `noun`, if only one is."""
    sides = {
        m.entity
        for m in s.mentions
        if s.start <= m.start
        and m.end <= noun
        and m.adjectival
        and not _FORCES.isdisjoint(s.lowers[m.end : m.end + _FORCE_REACH])
    }
    if len(sides) != 1:
        return None
    (entity,) = sides
    known = s.gazetteer.get(entity)
    if known is None or known.kind != "country":
        return None
    return s.gazetteer.actor_of(entity)
