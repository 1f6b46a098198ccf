"""A part "of them" that a making verb turns out: "Iran supplied the technology for Shahed
drones that Russia now makes itself. A plant in the region turns out more than 2,500 of
them a month." "Them" reads as what was counted last (here soldiers, told earlier in the
previous sentence), but nobody makes soldiers: what a plant, a factory or a country
produces is the goods named last before it, so the part counts those.

Only a count of people turned into goods, only after a making verb, and only goods named
within a short stretch before the number; the owner is left to the rules that read makers
(`plant_owners`, `production_owners`), unless the goods' own relative clause names it ("drones
that Russia now makes itself")."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.units import normalise_measure

_MAKING = frozenset(
    {"makes", "make", "made", "produces", "produce", "produced", "builds", "build", "built",
     "manufactures", "manufacture", "assembles", "assemble", "turns", "turn", "churns"}
)  # fmt: skip
_PEOPLE = frozenset({"troop", "casualty", "person", "worker"})
_NOT_GOODS = _PEOPLE | frozenset({"money", "deal", "percentage"})
_GOODS = frozenset(
    {"tank", "missile", "shell", "drone", "howitzer", "rocket", "jet", "helicopter", "warship",
     "ship", "vessel", "launcher", "vehicle", "aircraft", "round", "system", "gun", "truck"}
)  # fmt: skip
_QUALIFIERS = frozenset({"about", "some", "more", "than", "over", "nearly", "around", "up", "to"})
_REACH = 300  # characters before the number where the goods were named
_PLURAL = re.compile(r"\b([a-z][a-z-]*s)\b")
# "drones that Russia now makes itself": the maker named in the goods' relative clause.
_MAKER = re.compile(
    r"\s+(?:that|which)\s+([a-z][a-z .'-]{1,30}?)\s+(?:now\s+|itself\s+)?"
    r"(?:makes|produces|builds|manufactures|assembles)\b"
)


def made_goods(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The sentence's figures, a people count "of them" after a making verb turned into the
    goods named last before it."""
    if "them" not in s.words or _MAKING.isdisjoint(s.words):
        return found  # nearly every sentence: no "them" made
    return [_goods(s, q) if q.category in _PEOPLE else q for q in found]


def _goods(s: Sentence, q: Quantity) -> Quantity:
    idxs, lowers = s.tokens.idxs, s.lowers
    first = bisect_left(idxs, q.start)  # the figure's span opens with its qualifier
    num = first
    while num < s.end and lowers[num] in _QUALIFIERS:
        num += 1
    k = first - 1
    while k > s.start and lowers[k] in _QUALIFIERS:
        k -= 1
    if lowers[k] == "out":  # "turns out", "churns out"
        k -= 1
    if k < s.start or lowers[k] not in _MAKING:
        return q
    after = num + 1
    while after < s.end and lowers[after] in {",", "."}:
        after += 1  # "2,500" is one token; nothing to pass in most texts
    if lowers[after : after + 2] != ["of", "them"]:
        return q
    text = s.tokens.text
    window = text[max(0, q.start - _REACH) : idxs[k]].lower()
    for match in reversed(list(_PLURAL.finditer(window))):
        found = normalise_measure(match.group(1))
        # Weapons and vehicles only: "makes", "regions" are read as counted nouns too.
        if found is None or found[1] in _NOT_GOODS or found[0] not in _GOODS:
            continue
        maker = _MAKER.match(window, match.end())
        entity = s.gazetteer.lookup(maker.group(1)) if maker is not None else None
        owner = (entity.country or entity.name) if entity is not None else None
        return replace(q, unit=match.group(1), measure=found[0], category=found[1], actor=owner)
    return q
