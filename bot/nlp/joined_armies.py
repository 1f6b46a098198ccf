"""Whose ranks a count of recruits joined: "some 410,000 contract soldiers had joined the
Russian armed forces this year" counts Russia's soldiers. The army a count of people joins,
named by its state right after the verb ("joined the Russian army", "enlisted in Poland's
armed forces"), is the side they now fight for, as a demonym before the noun would say.

Left alone: a count that already has a side ("3,000 North Koreans joined the Russian army"
stays North Korea's: the foreigners are the news), one joining something not an army ("joined
the Russian delegation"), and a joining verb with other words between it and the figure."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_JOINING = frozenset({"joined", "join", "enlisted", "signed"})
_AUXILIARIES = frozenset({"had", "has", "have", "already", "so", "far", "now", "also", "up"})
_ARMIES = frozenset({"army", "armed", "military", "forces", "ranks", "navy"})
_REACH = 3  # "had already joined"


def joined_army_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """`found` with its ownerless troop counts given the state of the army they joined."""
    if _JOINING.isdisjoint(s.words) or _ARMIES.isdisjoint(s.words):
        return found  # nearly every sentence: two set tests
    out = list(found)
    for k, q in enumerate(out):
        if q.actor is None and q.category == "troop":
            side = _joined_side(s, q)
            if side is not None:
                out[k] = replace(q, actor=side)
    return out


def _joined_side(s: Sentence, q: Quantity) -> str | None:
    k = bisect_left(s.tokens.idxs, q.end)  # the first token after the figure
    stop = min(s.end, k + _REACH)
    while k < stop and s.lowers[k] in _AUXILIARIES:
        k += 1
    if k >= s.end or s.lowers[k] not in _JOINING:
        return None
    k += 1
    if s.lowers[k : k + 1] in (["up"], ["in"], ["into"]):
        k += 1  # "signed up to", "enlisted in"
    if s.lowers[k : k + 1] == ["to"]:
        k += 1
    if s.lowers[k : k + 1] == ["the"]:
        k += 1
    mention = s.mention_at.get(k)
    if mention is None or mention.start != k or mention.kind != "country":
        return None
    k = mention.end + 1 if s.lowers[mention.end : mention.end + 1] in (["'s"], ["’s"]) else (
        mention.end
    )
    if k >= s.end or s.lowers[k] not in _ARMIES:
        return None  # "joined the Russian delegation": no army joined
    return s.gazetteer.actor_of(mention.entity)
