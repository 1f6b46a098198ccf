"""Whose output a count of made goods is when the maker is only "they": "the drone production
inside Russia is enormous: they now make about 2,700 drones a month", "Iran's missile output
has doubled, and they build some 300 a month". The sentence names the producing country with
its production ("production in Russia", "Russia's output") and then counts what "they" make;
a reader takes the country as the goods' owner, as "Russia makes 2,700 drones" would say.

Only an ownerless count of goods (not people, money or time) after a making verb, with the
country named with a production noun earlier in the same sentence and no other country
between it and the figure. A country named as where the goods go ("production for Ukraine")
is no maker and is never read, as only "in", "inside", "within" or a possessive tie it."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.units import PHYSICAL, TIME_UNITS

_NOUNS = ("production", "output", "manufactur", "industry")  # the cheap test before any regex
# "production inside Russia", "output in the Russian Federation": the maker after its noun.
_BEFORE = re.compile(
    r"\b(?:production|output|manufacturing|industry)\s+(?:in|inside|within)\s+(?:the\s+)?$"
)
# "Russia's drone production", "Iran's missile output": the maker before its noun.
_AFTER = re.compile(r"['’]s\s+(?:[\w-]+\s+){0,2}(?:production|output|manufacturing|industry)\b")
# The making verb between the maker and the figure: "they now make about 2,700".
_MAKING = re.compile(
    r"\b(?:make|makes|made|produce|produces|produced|build|builds|built|manufacture|"
    r"manufactures|manufactured|assemble|assembles|assembled|turn out|turns out)\b"
)
# What no production counts: people, money, time and measures of size.
_NOT_GOODS = frozenset(
    {"troop", "casualty", "person", "worker", "money", "deal", "percentage",
     *PHYSICAL.values(), *TIME_UNITS.values()}
)  # fmt: skip
_REACH = 30  # characters before a name its production noun may stand in


def production_owners(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """`quantities` with ownerless counts of goods "they" make given the country the
    sentence names as producing them."""
    out = list(quantities)
    for k, q in enumerate(out):
        if q.actor is not None or q.value is None or q.category in _NOT_GOODS:
            continue
        lowered = q.sentence.lower()
        if not any(n in lowered for n in _NOUNS):
            continue  # nearly every figure: no production noun in its sentence
        maker = _maker(text, mentions, gazetteer, q)
        if maker is not None:
            out[k] = replace(q, actor=maker)
    return out


def _maker(
    text: str, mentions: list[Mention], gazetteer: Gazetteer, q: Quantity
) -> str | None:
    """The country the figure's sentence names with its production before the figure."""
    first = text.rfind(q.sentence, 0, q.start + len(q.sentence))
    if first < 0:
        return None
    countries = [
        m for m in mentions
        if first <= m.start < q.start and _is_country(gazetteer, m.entity)
    ]  # fmt: skip
    if not countries:
        return None
    last = countries[-1]  # no other country between the maker and the figure
    tied = (
        _BEFORE.search(text[max(first, last.start - _REACH) : last.start].lower()) is not None
        or _AFTER.match(text, last.end) is not None
    )
    if not tied or _MAKING.search(text, last.end, q.start) is None:
        return None
    return gazetteer.actor_of(last.entity)


def _is_country(gazetteer: Gazetteer, name: str) -> bool:
    entity = gazetteer.get(name)
    return entity is not None and entity.kind == "country"
