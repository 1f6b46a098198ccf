"""A treaty "with Russia" that a side's own agency or ministry reports on is that side's
treaty: "KCNA reported that the treaty on comprehensive strategic partnership with Russia had
been ratified" is North Korea's treaty with Russia, though only Russia is named. A state's
press speaks of its own treaties by the partner alone; the reporter's state is the other
party.

Only a step left with a single party, the partner after "with", and a claimant standing for
exactly one other state: a named second party, or a source no state stands behind
("analysts said the treaty with Russia ..."), keeps the step as it is."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event
from bot.nlp.context import Sentence
from bot.nlp.treaty_words import TREATY_NOUNS

_WITH = frozenset({"with"})
_WITH_REACH = 8  # "the treaty on comprehensive strategic partnership with Russia"


def reporting_sides(s: Sentence, found: list[Event]) -> list[Event]:
    """`found` with a lone partner's step given the reporting side as its other party."""
    if "with" not in s.words:
        return found  # nearly every sentence
    return [_with_reporter(s, e) for e in found]


def _with_reporter(s: Sentence, e: Event) -> Event:
    if len(e.parties) != 1 or e.claimant is None or e.claimant.denied:
        return e
    partner = e.parties[0]
    if not _partner_after_treaty(s, partner):
        return e
    sides = {
        side
        for name in e.claimant.entities
        if (side := s.gazetteer.actor_of(name)) != partner
        and (entity := s.gazetteer.get(side)) is not None
        and entity.kind == "country"
    }
    if len(sides) != 1:
        return e
    return replace(e, parties=(sides.pop(), partner))


def _partner_after_treaty(s: Sentence, partner: str) -> bool:
    """"the treaty ... with Russia": the partner named by "with" shortly after a treaty noun."""
    for t in s.positions(TREATY_NOUNS):
        for k in range(t + 1, min(s.end, t + 1 + _WITH_REACH)):
            found = s.mention_after(k, _WITH)
            if found is not None:
                return s.gazetteer.actor_of(found.entity) == partner
    return False
