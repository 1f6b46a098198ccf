"""Answers to a "How many ...?" heading. An explainer asks "How many North Koreans are in
Russia now?" and answers "U.S. officials put the number at about 11,000." The answer's number
has no noun of its own; it counts what the question asked about, the people named after
"how many", not whatever the paragraph before the question counted (its dead, its pilots).
And "How many have been killed or wounded?" asks about the people the answer before counted:
the next answer's ownerless toll ("losses stood at more than 6,500") is that side's."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.bare_numbers import CASUALTY_WORDS, MEASURED
from bot.nlp.casualty_counts import counts_people
from bot.nlp.context import Sentence

_SCALES = frozenset({"thousand", "million", "billion"})
_MILITARY = frozenset(
    {"troops", "soldiers", "sent", "deployed", "fighting", "fight", "front", "army", "forces",
     "units", "deployment", "combat", "battle"}
)  # fmt: skip
_LOSSES = CASUALTY_WORDS | {"casualties", "losses", "lost", "die"}
# Counts of a side's people: whose dead a "How many have been killed?" asks about. Weapons
# are not: after "Russia launched 100 drones" the dead are not Russia's.
_SIDES = frozenset({"casualty", "engineer", "pilot", "operator", "sapper", "specialist"})


def asked_counts(
    s: Sentence, found: list[Quantity], mentions: list[Mention], just_told: list[Quantity]
) -> list[Quantity]:
    """The figures of the sentence right after a "How many ...?" line, read as the answer."""
    if not found:
        return found
    tokens = s.tokens
    mark = s.start - 1
    while mark > 0 and tokens.texts[mark].isspace():
        mark -= 1  # a heading's line break is a token of its own
    if mark < 2 or tokens.texts[mark] != "?":
        return found  # nearly every sentence: the one before does not end with a question
    starts = [a for a, _ in tokens.sentences]
    q_start, q_end = tokens.sentences[bisect_right(starts, mark) - 1]
    if tokens.lowers[q_start : q_start + 2] != ["how", "many"] or q_start + 2 >= q_end:
        return found
    # The people named right after "how many": "How many North Koreans are ...".
    at = tokens.idxs[q_start + 2]
    people = next((m for m in mentions if m.start == at and m.surface.endswith("s")), None)
    if people is not None:
        return _people_counted(s, found, people, q_end)
    if not _LOSSES.isdisjoint(tokens.lowers[q_start + 2 : q_end]):
        return _losses_of_last(found, just_told)
    return found


def _people_counted(s: Sentence, found: list[Quantity], people: Mention, q_end: int) -> list[
        Quantity]:
    """Bare numbers as counts of the people asked about: troops when the text so far speaks
    of soldiers, else persons."""
    actor = s.gazetteer.actor_of(people.entity)
    lowers = s.tokens.lowers
    military = not _MILITARY.isdisjoint(s.words) or not _MILITARY.isdisjoint(lowers[:q_end])
    measure = "troop" if military else "person"
    return [
        replace(q, unit=measure, measure=measure, category=measure, actor=actor)
        if _unit_unwritten(s.tokens.text[q.start : q.end]) and q.category not in MEASURED
        and q.value is not None else q
        for q in found
    ]  # fmt: skip


def _losses_of_last(found: list[Quantity], just_told: list[Quantity]) -> list[Quantity]:
    """Ownerless casualty counts as the losses of the one side the answer before counted."""
    sides = {
        q.actor for q in just_told
        if (q.category in _SIDES or counts_people(q.measure)) and q.actor is not None
    }  # fmt: skip
    if len(sides) != 1:
        return found  # two sides counted, or none: "how many" could ask about either
    (side,) = sides
    return [
        replace(q, actor=side) if q.actor is None and q.category == "casualty" else q
        for q in found
    ]


def _unit_unwritten(span: str) -> bool:
    """Whether a figure's span is its number alone ("about 11,000", "some 1.2 million")."""
    last = span.rsplit(" ", 1)[-1].lower()
    return last[-1:].isdigit() or last in _SCALES
