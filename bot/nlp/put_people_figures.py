"""A bare number a source "puts" a group of people "at": "In May the ministry had put the
dead at about 2,000", "Seoul puts the North Korean wounded at 4,500". The object of "put"
names what the number counts, as a noun after the number would ("about 2,000 dead"), so the
figure counts it; a country named in front of it ("the North Korean wounded") is the side.

Only "put", "place" or "peg" with its object right before "at" and the number: the object a
short noun phrase whose head counts people (the dead, the wounded, casualties, troops). "Put
the number at" and "put the toll at" name an estimate, not the people, and are read by the
estimate rules."""

from __future__ import annotations

from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.sourced_value_lines import value_range
from bot.nlp.unit_nouns import unit_noun

_PUTTING = frozenset({"put", "puts", "putting", "placed", "places", "pegged", "pegs"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her"})
_PEOPLE = frozenset({"troop", "casualty"})
_REACH = 6  # "put" to "at": "had put the North Korean dead at"


def put_people_figure(s: Sentence, n: BareNumber) -> Implied | None:
    """The bare number `n` as a count of the people in "put <the people> at <n>", with the
    side a country modifier names, or None."""
    setting = n.start - 1
    if setting <= s.start or s.lowers[setting] != "at" or _PUTTING.isdisjoint(s.words):
        return None  # nearly every number: no "put ... at" before it
    verb = next(
        (k for k in range(setting - 1, max(s.start, setting - _REACH) - 1, -1)
         if s.lowers[k] in _PUTTING),
        None,
    )  # fmt: skip
    if verb is None:
        return None
    start = verb + 1
    if start < setting and s.lowers[start] in _DETERMINERS:
        start += 1  # "put the dead at"
    unit = unit_noun(s, start) if start < setting else None
    if unit is None or unit[1] != setting or unit[2][1] not in _PEOPLE:
        return None  # "put the number at", "put them at": no people named
    u_start, u_end, found, _ = unit
    n, high = value_range(s, n)  # "put the dead at 2,500 to 3,000"
    figure = figure_like(n, found, s.texts[u_start])
    figure.unit_start, figure.unit_end, figure.value_max = u_start, u_end, high
    side = next(
        (s.gazetteer.actor_of(m.entity) for k in range(start, u_start)
         if (m := s.mention_at.get(k)) is not None and m.kind == "country"),
        None,
    )  # fmt: skip
    return figure, side
