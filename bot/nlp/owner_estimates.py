"""Bare numbers an agency's estimate sets a country's force or losses at, where the counted
noun is owned rather than modified: "kept its estimate of the North's troop presence in
Russia at around 10,000", "raised its estimate of Russia's troop strength in Belarus to
9,000"; and a second count the same sentence sets in a passive aside: "..., with casualties
since late 2024 put at about 7,200". Briefings relayed by lawmakers and ministries are
worded this way: the owner comes as a possessive and the noun names the force ("troop
presence", "troop numbers"), or the figure is "put at" after its noun, with no unit after
the number.

Only "at" or "to" right before the number, and a passive only in a "with" aside. The owner
of a passive "with <noun> ... put at N" is the side of the count told just before it in the
same sentence, when that one counts people: the aside goes on about the same force
("troops ..., with casualties put at ...").
"""

from __future__ import annotations

from bot.models import Quantity
from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.force_levels import force_level
from bot.nlp.unit_nouns import unit_noun

_ESTIMATE_NOUNS = frozenset({"estimate", "estimates", "count", "tally", "assessment"})
_SETTING = frozenset({"to", "at"})
_DETERMINERS = frozenset({"the", "its", "their", "his", "her"})
_POSSESSIVES = frozenset({"'s", "’s"})
_REACH = 14  # "its estimate of the North's troop presence in Russia at around"
_PASSIVE_REACH = 7  # "casualties since late 2024 put at about"
_STOPS = frozenset({";", ".", ":", "and", "but", "which", "who", "while"})
_PEOPLE = frozenset({"troop", "casualty", "worker"})
# The passive setting verbs: "put at", "estimated at", "pegged at", "placed at".
_PASSIVE = frozenset({"put", "estimated", "pegged", "placed"})


def owner_estimate(s: Sentence, n: BareNumber, previous: Quantity | None) -> Implied | None:
    """The bare number `n` as a count of an owned force ("estimate of the North's troop
    presence ... at N"), of a people noun "put at" N, or of the force or losses the clause
    sets at N ("the contingent remains at the level of N"), with the side it belongs to."""
    return _estimate(s, n, previous) or force_level(s, n)


def _estimate(s: Sentence, n: BareNumber, previous: Quantity | None) -> Implied | None:
    setting = n.start - 1
    if setting <= s.start or s.lowers[setting] not in _SETTING:
        return None  # nearly every number: one look back
    if s.lowers[setting - 1] in _PASSIVE:
        return _passive(s, n, setting - 1, previous)
    if _ESTIMATE_NOUNS.isdisjoint(s.words) or _POSSESSIVES.isdisjoint(s.words):
        return None
    for k in range(setting - 2, max(s.start, setting - _REACH) - 1, -1):
        word = s.lowers[k]
        if word in _STOPS:
            return None
        if word in _ESTIMATE_NOUNS and s.lowers[k + 1] == "of":
            return _owned(s, n, k + 2, setting)
    return None


def _owned(s: Sentence, n: BareNumber, k: int, setting: int) -> Implied | None:
    """"of [the] <Owner>'s <people noun>": the noun counted, the owner's side."""
    if k < setting and s.lowers[k] in _DETERMINERS:
        k += 1
    owner = s.mention_at.get(k)
    if owner is None or owner.kind != "country" or owner.end >= setting:
        return None
    if s.lowers[owner.end] not in _POSSESSIVES:
        return None
    unit = unit_noun(s, owner.end + 1)
    if unit is None or unit[1] > setting or unit[2][0] not in _PEOPLE:
        return None
    figure = figure_like(n, unit[2], s.texts[unit[0]])
    figure.unit_start, figure.unit_end = unit[0], unit[1]
    return figure, s.gazetteer.actor_of(owner.entity)


def _passive(s: Sentence, n: BareNumber, verb: int, previous: Quantity | None) -> Implied | None:
    """"with casualties since late 2024 put at about 7,200": the people noun a short way
    before the verb, right after "with", owned by the side of the count told before it in
    the sentence."""
    for k in range(verb - 1, max(s.start, verb - _PASSIVE_REACH) - 1, -1):
        if s.lowers[k] in _STOPS or s.lowers[k] == ",":
            return None
        unit = unit_noun(s, k) if s.lowers[k] in _PEOPLE_WORDS else None
        if unit is None or unit[2][0] not in _PEOPLE:
            continue
        if s.lowers[k - 1] != "with":
            return None  # "Kursk dead put at 2,300": a headline's claim, its own rules' read
        figure = figure_like(n, unit[2], s.texts[unit[0]])
        figure.unit_start, figure.unit_end = unit[0], unit[1]
        return figure, _side_before(s, previous)
    return None


# The written nouns the passive reader looks for: cheap to test before `unit_noun`.
_PEOPLE_WORDS = frozenset(
    {"troops", "casualties", "workers", "soldiers", "dead", "deaths"}
)


def _side_before(s: Sentence, previous: Quantity | None) -> str | None:
    """The side of the count told earlier in the same sentence, when it counts people."""
    if previous is None or previous.measure not in _PEOPLE:
        return None
    sentence_start = s.tokens.idxs[s.start]
    return previous.actor if previous.start >= sentence_start else None
