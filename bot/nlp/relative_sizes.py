"""A force's size told in a relative clause after it: "the US forces stationed in the South,
who number 28,500", "the Russian troops in the region, which number about 40,000". The
number stands alone, with no noun after it: the clause's antecedent is what it counts, and
the demonym before that noun says whose force it is. An army or armed forces so sized is the
state's whole army, not a deployment.

Only "who/which/that number(ed)/total(led)" right before the number, and an antecedent
noun of soldiers before the comma a short way back: "the villages, which number 30" counts
no force, and a number told with its own noun is read by `figures`.

A size told in the past ("which numbered about 260,000 at the end of the war") beside what the
force is now ("is today one of the largest") is the force's history, not its news."""

from __future__ import annotations

from bot.nlp.bare_numbers import Implied, bare_number_at, figure_like
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure

_RELATIVES = frozenset({"who", "which", "that"})
_SIZING = frozenset({"number", "numbered", "numbers", "total", "totals", "totalled", "totaled"})
_FORCES = frozenset({"forces", "troops", "soldiers", "servicemen", "personnel", "contingent"})
# "the army, which numbers 210,000", "Poland's armed forces, which number": the whole army.
_ARMIES = frozenset({"army", "military"})
_PAST_SIZING = frozenset({"numbered", "totalled", "totaled"})
_NOW = frozenset({"today", "now", "currently", "nowadays"})
_REACH = 10  # tokens from the noun to the relative: "forces stationed in their land, who"
_BREAKS = frozenset({";", ":", ".", "and", "but"})


def relative_size(s: Sentence, i: int) -> Implied | None:
    """The troop figure of "<force noun> ..., who number N" whose number starts at token i."""
    if _SIZING.isdisjoint(s.words) or _RELATIVES.isdisjoint(s.words):
        return None  # nearly every sentence: no sizing relative
    n = bare_number_at(s, i)
    if n is None or n.start - 3 < s.start:
        return None
    lowers = s.lowers
    if lowers[n.start - 1] not in _SIZING or lowers[n.start - 2] not in _RELATIVES:
        return None
    if lowers[n.start - 3] != ",":
        return None  # "the share that numbers ...": a restrictive clause, read elsewhere
    for noun in range(n.start - 4, max(s.start, n.start - 3 - _REACH) - 1, -1):
        if lowers[noun] in _BREAKS:
            return None
        if lowers[noun] in _FORCES or lowers[noun] in _ARMIES:
            figure = figure_like(n, ("troop", "troop"), s.texts[noun])
            army = "armed forces" if lowers[noun - 1 : noun + 1] == ["armed", "forces"] else None
            figure.army = lowers[noun] if lowers[noun] in _ARMIES else army
            return figure, _owner(s, noun)
    return None


def _owner(s: Sentence, noun: int) -> str | None:
    """The country named right before the force noun ("US forces", "the Russian troops"), or
    before one lower-case modifier of it ("the US aggression forces", "Poland's armed
    forces"); None without one."""
    if noun - 2 < s.start:
        return None
    found = s.mention_at.get(noun - 1)
    if found is None and s.texts[noun - 1].isalpha() and s.texts[noun - 1].islower():
        found = s.mention_at.get(noun - 2)
    if found is None or found.end not in (noun, noun - 1):
        return None
    entity = s.gazetteer.get(found.entity)
    if entity is None or entity.kind != "country":
        return None
    return s.gazetteer.actor_of(found.entity)


def past_size(s: Sentence, f: Figure) -> bool:
    """Whether the figure is a relative clause's past size ("who numbered 9,000") in a
    sentence that tells the force's present ("now", "today"): history."""
    if _PAST_SIZING.isdisjoint(s.words) or _NOW.isdisjoint(s.words):
        return False  # nearly every sentence
    at = f.start - 1
    return at - 1 >= s.start and s.lowers[at] in _PAST_SIZING and s.lowers[at - 1] in _RELATIVES
