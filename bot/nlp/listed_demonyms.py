"""A people's adjective on the first item of a list of counted weapons carries over the list:
"destroyed 9,000 Russian tanks, 18,000 armoured vehicles and 30,000 drones" counts Russia's
tanks, vehicles and drones alike. English writes the adjective once and lets the later items,
joined by commas and a last "and", share it. Only a list of equipment: "killed 20 Russian
soldiers and three civilians" does not make the civilians Russian, and only items that name no
owner of their own."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.casualty_counts import counts_people
from bot.nlp.context import Sentence

# What may stand between two items of one list.
_JOINS = frozenset({",", "and", ", and"})
# Figures that are no counted equipment: people, money, shares, time.
_NOT_KIT = frozenset({"troop", "casualty", "money", "deal", "percentage", "year", "month",
                      "day", "week", "hour", "person", "civilian"})  # fmt: skip


def _kit(q: Quantity) -> bool:
    return q.value is not None and q.category not in _NOT_KIT and not counts_people(q.measure)


def _demonym_owned(s: Sentence, q: Quantity) -> bool:
    """The figure's own span names its owner by a country adjective ("10,930 Russian tanks")."""
    first = bisect_left(s.tokens.idxs, q.start, s.start, s.end)
    last = bisect_left(s.tokens.idxs, q.end, s.start, s.end)
    return any(
        m.adjectival and m.kind == "country" and s.gazetteer.actor_of(m.entity) == q.actor
        for m in s.mentions_between(first, last)
    )


def listed_demonym_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """Ownerless equipment counts that follow, as items of one list, a count owned by its
    country adjective take that owner."""
    if len(found) < 2 or "," not in s.words:
        return found  # most sentences: no list of figures
    text = s.tokens.text
    out = list(found)
    order = sorted(range(len(out)), key=lambda k: out[k].start)
    owner: str | None = None
    previous: Quantity | None = None
    for k in order:
        q = out[k]
        joined = (
            previous is not None
            and " ".join(text[previous.end : q.start].split()).replace(" ,", ",") in _JOINS
        )
        if owner is not None and joined and q.actor is None and _kit(q):
            out[k] = replace(q, actor=owner)
        elif q.actor is not None and _kit(q) and _demonym_owned(s, q):
            owner = q.actor
        elif not (joined and q.actor == owner):
            owner = None
        previous = q
    return out
