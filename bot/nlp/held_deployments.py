"""A side's troops in a place, told as a bare number right after the army's size: "Russia's
army now stands at about 1.3 million. 'They have about 710,000 in our country,' he said",
"Russia has some 700,000 in Ukraine". The number names no noun; the possessor is the side just
counted ("they", or that side by name) and the place after the number says the figure is the
part of that force deployed there, so it counts what the count before counted, for its side.

Only right after a count of soldiers, with "has/have/keeps ..." between the side and the
number and a place ("in", "inside") right after it: "they have 12 in the final" after a
team's squad is no soldiers' count, and "they have about 700" with nothing after it may be
anything."""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, Implied, same_as
from bot.nlp.context import Sentence

_HOLDING = frozenset({"has", "have", "had", "keeps", "keep", "kept", "maintains", "maintain",
                      "still"})  # fmt: skip
_PRONOUNS = frozenset({"they", "it"})
_PLACES = frozenset({"in", "inside"})
# "in our country", "in Ukraine", "inside the occupied territories": a place, not a time
# ("in 2024", "in total") or a manner.
_PLACE_OPENERS = frozenset({"our", "their", "the", "occupied"})


def held_deployment(s: Sentence, n: BareNumber, previous: Quantity) -> Implied | None:
    """The bare number `n` as the previous troop count's side's troops in a place."""
    end = n.end
    if previous.category != "troop" or previous.value is None or end + 1 >= s.end:
        return None
    verb = n.start - 1
    if verb - 1 < s.start or s.lowers[verb] not in _HOLDING:
        return None
    subject = verb - 1
    while subject > s.start and s.lowers[subject] in _HOLDING:
        subject -= 1  # "they still have"
    if s.lowers[end] not in _PLACES:
        return None
    place = end + 1
    if not (s.texts[place][:1].isupper() or s.lowers[place] in _PLACE_OPENERS):
        return None
    if s.lowers[subject] not in _PRONOUNS:
        named = s.mention_at.get(subject)
        if named is None or s.gazetteer.actor_of(named.entity) != previous.actor:
            return None  # another side's holding, or no side at all
    return same_as(n, previous), previous.actor
