"""Whose group a size told after its verb is: "the North Korean contingent in Kursk numbers
about 8,000 servicemen", "puts the North Korean contingent in Russia at 11,000 to 12,000
soldiers". The demonym stands before the group noun, outside the figure's own modifiers, and
the figure sizes that group: the group's country is the figure's actor, as it would be in
"11,000 North Korean soldiers"."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

# "the North Korean presence in Russia at 11,500 servicemen": a country's presence abroad,
# sized in soldiers, is its troops there.
_GROUPS = frozenset(
    {"contingent", "deployment", "grouping", "detachment", "expeditionary", "presence"}
)  # fmt: skip
# The verbs and the "at" that join a group to its size.
_SIZING = frozenset(
    {"at", "numbers", "numbered", "totals", "totalled", "totaled", "stands", "stood"}
)  # fmt: skip
_REACH = 8  # "contingent in the Kursk region currently numbers about"
# "Forces" sized by a verb of their own: "the Russian occupation forces ... now number about
# 680,000"; never by a bare "at" ("Ukrainian forces fired at positions where 500 troops ...").
_FORCES = frozenset({"forces"})
_FORCE_SIZING = frozenset({"number", "numbers", "numbered", "total", "totals", "totalled"})
_FORCE_REACH = 12  # "forces in Ukraine and in the border areas now numbers about"


def sized_groups(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The sentence's ownerless troop figures that size a group a demonym names."""
    words = s.words
    if (_GROUPS.isdisjoint(words) or _SIZING.isdisjoint(words)) and (
        _FORCES.isdisjoint(words) or _FORCE_SIZING.isdisjoint(words)
    ):
        return found  # most sentences
    out = list(found)
    idxs = s.tokens.idxs
    lowers = s.lowers
    for noun in (i for i in range(s.start, s.end) if lowers[i] in _GROUPS | _FORCES):
        owner = demonym_before(s, noun)
        if owner is None:
            continue
        forces = lowers[noun] in _FORCES
        for k, q in enumerate(out):
            at = bisect_left(idxs, q.start)
            if q.actor is None and q.category == "troop" and _sizes(s, noun, at, forces=forces):
                out[k] = replace(q, actor=owner)
                break
    return out


def demonym_before(s: Sentence, noun: int) -> str | None:
    """The country a demonym right before the group noun names ("the North Korean
    contingent"), or before one lower-case modifier of it ("the Russian occupation
    forces"), as an actor; None without one."""
    found = s.mention_at.get(noun - 1)
    if found is None and noun - 2 >= s.start and s.texts[noun - 1].isalpha() and (
        s.texts[noun - 1].islower()
    ):
        found = s.mention_at.get(noun - 2)
    if found is None or found.end not in (noun, noun - 1) or not found.adjectival:
        return None
    entity = s.gazetteer.get(found.entity)
    if entity is None or entity.kind != "country":
        return None
    return s.gazetteer.actor_of(found.entity)


def _sizes(s: Sentence, noun: int, figure: int, *, forces: bool = False) -> bool:
    """The figure at token `figure` follows the group noun closely, past a sizing word and
    no break of the clause."""
    between = s.lowers[noun + 1 : figure]
    if not forces and _set_off_size(between):
        return figure <= noun + _APPOSITION_REACH
    if not noun < figure <= noun + (_FORCE_REACH if forces else _REACH):
        return False
    sizing = _FORCE_SIZING if forces else _SIZING
    return not sizing.isdisjoint(between) and "," not in between and ";" not in between


# "The North Korean contingent in Russia's Kursk Oblast, estimated at around 11,000
# personnel, has ...": a size set off after the group's place, by a participle and "at".
_APPOSITIVE = frozenset({"estimated", "put", "reckoned", "assessed"})
_APPOSITION_REACH = 14


def _set_off_size(between: list[str]) -> bool:
    """The words between group noun and figure are a place, then ", estimated at" (one
    comma, the participle right after it, "at" after that, no other break)."""
    if between.count(",") != 1 or ";" in between:
        return False
    comma = between.index(",")
    return between[comma + 1 : comma + 2] != [] and between[comma + 1] in _APPOSITIVE and (
        between[comma + 2 : comma + 3] == ["at"]
    )
