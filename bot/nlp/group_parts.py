"""Parts of a group the sentence names without counting it: "4,000 of Kim Jong Un's soldiers"
(the owner's noun after the possessive), "and that 25 of them had been killed" after "hit
North Korean soldiers" (the people named earlier in the sentence, and their side), and
"4,000 to 5,000 of them" (a range of the part), and "2,000 of its soldiers" after the
sentence counted that side's troops (whose the part is)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.bare_numbers import OF_THEM
from bot.nlp.companion_groups import companion_group
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.number_reading import number_at
from bot.nlp.opening_parts import opening_group
from bot.nlp.people_fates import people_fate_after
from bot.nlp.ranged_more import more_between
from bot.nlp.unit_nouns import unit_noun
from bot.nlp.units import PHYSICAL, TIME_UNITS

_POSSESSIVE = frozenset({"'s", "’s"})
_CASUALTY_WORDS = frozenset({"killed", "wounded", "injured", "dead", "died", "missing"})
_PEOPLE = frozenset({"troop", "person"})
# Counts of people, whose side a part of them ("its soldiers", "of them") shares.
_PEOPLE_COUNTS = frozenset({"troop", "casualty", "person", "worker"})
_OWN = frozenset({"its", "their"})
# "of them" points at things counted, never at kilometres, dollars or days.
_MEASURED = frozenset({"money", "deal", "percentage", *PHYSICAL.values(), *TIME_UNITS.values()})
_GROUP_REACH = 25  # how far back the group of "them" may be named
_RANGE_JOINERS = frozenset({"to", "-", "–"})
# "them" points back past a clause break to a group named before it.
_BREAKS = frozenset({",", ";", ":", "-", "–", "—", "and", "but"})

Read = Callable[[Sentence, int, "Quantity | None"], "tuple[Figure, str | None] | None"]


def group_part(
    s: Sentence, first: int, num: int, end: int, qualifier: str | None,
    previous: Quantity | None,
) -> tuple[Figure, str | None] | None:
    """The part of a group at "N of ..." (tokens [first, end) the qualifier and the number,
    "of" at `end`), with the side it belongs to; None when the group is not one of these."""
    number = number_at(s, num)
    if number is None or number[1] == 1:
        return None  # "if one of them is attacked": a member singled out, no count
    value = number[1]
    k = end + 1
    owner = s.mention_at.get(k)
    if owner is not None and owner.start == k and s.lowers[owner.end : owner.end + 1] != [] and (
        s.lowers[owner.end] in _POSSESSIVE
    ):
        unit = unit_noun(s, owner.end + 1)
        if unit is None or unit[2][1] not in _PEOPLE:
            return None
        figure = _figure(first, num, end, value, qualifier, unit[2], (unit[0], unit[1]), s)
        return figure, s.gazetteer.actor_of(owner.entity)
    if s.lowers[k] not in OF_THEM:
        return None
    if previous is not None and previous.sentence == s.text:
        part = _part_of_troops(s, first, num, end, value, qualifier, previous)
        if part is not None or previous.value is not None:
            return part
        # "troops had suffered "several dozen" casualties, and about 11,000 of them
        # remained": a vague count is no whole to take a part of; the group named before is.
    group = _group_before(s, first, previous, people_fate_after(s, end))
    if group is None:
        # '"... North Korean soldiers are fighting. More than 10,000 of them are in Russia."'
        group = opening_group(s, first, previous)
    if group is None:
        return None
    u_start, u_end, found, side = group
    if found[1] in _PEOPLE and any(w in _CASUALTY_WORDS for w in s.lowers[k + 1 : k + 6]):
        found = ("casualty", "casualty")
    return _figure(first, num, end, value, qualifier, found, (u_start, u_end), s), side


def _part_of_troops(
    s: Sentence, first: int, num: int, end: int, value: float, qualifier: str | None,
    previous: Quantity,
) -> tuple[Figure, str | None] | None:
    """"9,000 North Korean soldiers ..., and 2,000 of them are at the front": part of a force
    is still that side's force (the dead among it are the casualty rule's)."""
    if previous.measure != "troop" or any(
        w in _CASUALTY_WORDS for w in s.lowers[end + 2 : end + 7]
    ):
        return None
    figure = _figure(first, num, end, value, qualifier, ("troop", "troop"), (num, end), s)
    return replace(figure, unit=previous.unit), previous.actor


def own_side(
    s: Sentence, k: int, found: tuple[str, str], previous: Quantity | None
) -> str | None:
    """"had sent 15,000 troops ..., and about 2,000 of its soldiers had been killed": "its"
    (token k) is the side whose people the sentence counted just before."""
    if s.lowers[k] not in _OWN or found[1] not in _PEOPLE or previous is None:
        return None
    return side_of_people(previous) if previous.sentence == s.text else None


def side_of_people(previous: Quantity | None) -> str | None:
    """The side of the last count when it counted people: "fired 20 missiles. ... 4,000 of
    them have been killed" makes no missile's owner the owner of the dead."""
    if previous is None or previous.category not in _PEOPLE_COUNTS:
        return None
    return previous.actor


def ranged_part(
    s: Sentence, num: int, end: int, previous: Quantity | None, read: Read
) -> tuple[Figure, str | None] | None:
    """"4,000 to 5,000 of them": the range's low end at `num` reads as its high end does."""
    joiner = s.lowers[end] if end < s.end else ""
    if (joiner not in _RANGE_JOINERS and joiner != "and") or end + 1 >= s.end:
        return None
    second = number_at(s, end + 1)
    if second is None:
        return None
    of = joiner in _RANGE_JOINERS and s.lowers[second[0] : second[0] + 1] == ["of"]
    if not (of or more_between(s, num, second[0])):  # "between 3,000 and 5,000 more"
        return None
    low = number_at(s, num)
    high = read(s, end + 1, previous)
    if low is None or high is None:
        return None
    figure, side = high
    return replace(figure, start=min(figure.start, num), num_start=num, value=low[1],
                   value_max=figure.value, qualifier="range"), side  # fmt: skip


def _group_before(
    s: Sentence, before: int, previous: Quantity | None = None, people: bool = False
) -> tuple[int, int, tuple[str, str], str | None] | None:
    """The last plural noun of things counted before token `before` that no number counts,
    with the side its demonym names ("North Korean soldiers"); a noun a vague count
    (`previous`) counts is passed over, and so is a noun of things when `people` (what
    befalls the part only befalls people)."""
    for k in range(before - 1, max(s.start, before - _GROUP_REACH) - 1, -1):
        unit = unit_noun(s, k) if s.lowers[k].endswith("s") else None
        if unit is None or unit[0] != k or unit[2][1] in _MEASURED:
            continue
        if people and unit[2][1] not in _PEOPLE_COUNTS:
            continue  # "the ministry's bulletins ..., 9,000 of them were sent": people are
        if previous is not None and previous.end == s.char_span(unit[0], unit[1])[1]:
            continue  # "several dozen casualties": counted, if vaguely; not "them"
        if companion_group(s, unit[0]):
            continue  # "fighting alongside Russian forces": the subject's companions
        if number_at(s, k - 1) is not None:
            return None  # "9,000 soldiers ... 25 of them": the count's own rule reads it
        if _BREAKS.isdisjoint(s.lowers[k + 1 : before]):
            return None  # "It counts some 2,300 of them": a verb, in the figure's clause
        demonym = s.mention_at.get(k - 1)
        side = s.gazetteer.actor_of(demonym.entity) if demonym and demonym.adjectival else None
        return unit[0], unit[1], unit[2], side
    return None


def _figure(
    first: int, num: int, end: int, value: float, qualifier: str | None,
    found: tuple[str, str], unit: tuple[int, int], s: Sentence,
) -> Figure:
    return Figure(
        start=first, end=max(unit[1], end), num_start=num, num_end=end, unit_start=unit[0],
        unit_end=unit[1], value=value, value_max=None, qualifier=qualifier,
        unit=s.texts[unit[0]], measure=found[0], category=found[1], mod_start=end,
    )  # fmt: skip
