"""A sending of troops sized in a relative clause: "sanctions over Minsk's deployment of
soldiers to Syria, which Ankara puts at about 3,000". The relative "which" refers back to the
deployment, whose owner is the possessive before it (Minsk's), so the soldiers counted are
that state's; the source in the clause ("Ankara puts at") only claims the figure.

Only a troop count with no owner yet, set by "which|that <source> puts|estimates at N", the
relative right after a comma, and before it, within a few words, "<country>'s deployment of
<troops>" (a place after it, "to Syria", is allowed): a possessive further back, or a noun
that is not a sending ("Minsk's view of the soldiers"), is left alone."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_SENDINGS = frozenset({"deployment", "dispatch", "despatch", "sending", "transfer"})
_TROOPS = frozenset({"troops", "soldiers", "forces", "personnel", "fighters"})
_ESTIMATE_VERBS = frozenset({"puts", "put", "estimates", "estimated", "places", "placed"})
_RELATIVES = frozenset({"which", "that"})
_POSSESSIVE = frozenset({"'s", "’s"})
_SOURCE_REACH = 5  # "which Ukraine's intelligence agency puts at": relative to "at"
_NOUN_REACH = 8  # "deployment of troops to the Kursk region ,": noun to the relative
_STOPS = frozenset({";", ":", ".", "and", "but", "while", "who", "which", "that"})


def possessed_deployment_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """Ownerless troop counts sized by "X's deployment of troops ..., which Y puts at N",
    given to X."""
    if _SENDINGS.isdisjoint(s.words) or _ESTIMATE_VERBS.isdisjoint(s.words):
        return found  # nearly every sentence: two set tests
    out = list(found)
    for k, q in enumerate(out):
        if q.actor is not None or q.category != "troop":
            continue
        # The figure's span may open on the antecedent noun ("troops ... 11,000"): the
        # number is its last token.
        last = bisect_left(s.tokens.idxs, q.end, s.start, s.end) - 1
        owner = _owner(s, last)
        if owner is not None:
            out[k] = replace(q, actor=owner)
    return out


def _owner(s: Sentence, number: int) -> str | None:
    """The state whose deployment the relative clause ending in "at" before the figure's
    `number` token sizes; a qualifier ("at about 11,000") may stand between them."""
    at = next((j for j in (number - 1, number - 2) if j > s.start and s.lowers[j] == "at"),
              None)  # fmt: skip
    if at is None or s.lowers[at - 1] not in _ESTIMATE_VERBS:
        return None
    rel = next((j for j in range(at - 2, max(s.start, at - 1 - _SOURCE_REACH) - 1, -1)
                if s.lowers[j] in _RELATIVES), None)  # fmt: skip
    if rel is None or rel - 1 <= s.start or s.lowers[rel - 1] != ",":
        return None  # "the troops that X puts at": the other readers' shape
    for j in range(rel - 2, max(s.start, rel - 1 - _NOUN_REACH) - 1, -1):
        word = s.lowers[j]
        if word in _STOPS or word == ",":
            return None
        if word in _SENDINGS and j + 2 < rel and s.lowers[j + 1] == "of":
            if s.lowers[j + 2] not in _TROOPS:
                return None
            return _possessor(s, j)
    return None


def _possessor(s: Sentence, noun: int) -> str | None:
    """The country named in "<country>'s" right before the sending noun at `noun`."""
    mark = noun - 1
    if mark <= s.start or s.lowers[mark] not in _POSSESSIVE:
        return None
    for j in range(mark - 1, max(s.start, mark - 4) - 1, -1):
        found = s.mention_at.get(j)
        if found is None or found.end != mark:
            continue
        entity = s.gazetteer.get(found.entity)
        if entity is not None and entity.kind == "country":
            return s.gazetteer.actor_of(found.entity)
        return None
    return None
