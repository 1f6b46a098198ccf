"""A force sized by someone else's estimate: "Moscow will still have to rebuild a force that
Kyiv puts at about 600,000 troops". The source in the relative clause ("Kyiv puts at") is who
claims the figure; whose troops they are is the subject holding the force, named before
"a force" in the same clause chain (Moscow), never the estimating source."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_FORCE_NOUNS = frozenset(
    {"force", "forces", "army", "contingent", "garrison", "troops", "units", "soldiers"}
)  # fmt: skip
_ESTIMATE_VERBS = frozenset({"puts", "put", "estimates", "estimated", "places", "placed"})
_RELATIVES = frozenset({"that", "which"})
_REACH = 6  # "that Kyiv's intelligence agency puts at": relative word to "at"
# A name after these is a place or a party, not the subject holding the force.
_PREPOSITIONS = frozenset(
    {"in", "to", "into", "from", "for", "with", "by", "at", "near", "of", "on", "against"}
)  # fmt: skip


def estimated_force_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """Ownerless troop counts sized by "a force that X puts at N", given to the state holding
    the force."""
    if _ESTIMATE_VERBS.isdisjoint(s.words) or _FORCE_NOUNS.isdisjoint(s.words):
        return found  # nearly every sentence: two set tests
    out = list(found)
    for k, q in enumerate(out):
        if q.actor is not None or q.category != "troop":
            continue
        first = bisect_left(s.tokens.idxs, q.start, s.start, s.end)
        owner = _holder(s, first)
        if owner is not None:
            out[k] = replace(q, actor=owner)
    return out


def _holder(s: Sentence, first: int) -> str | None:
    """The state holding the force whose estimate ends in "at" just before token `first`."""
    at = first - 1
    if at <= s.start or s.lowers[at] != "at" or s.lowers[at - 1] not in _ESTIMATE_VERBS:
        return None
    rel = next((j for j in range(at - 2, max(s.start, at - _REACH) - 1, -1)
                if s.lowers[j] in _RELATIVES), None)  # fmt: skip
    if rel is not None and rel - 1 > s.start and s.lowers[rel - 1] == ",":
        rel -= 1  # "North Korean units, which Kyiv estimates at": a non-defining clause
    if rel is None or rel - 1 < s.start or s.lowers[rel - 1] not in _FORCE_NOUNS:
        return None
    if (own := _demonym_before(s, rel - 1)) is not None:
        return own  # "North Korean units, which ...": the force's own demonym names them
    for j in range(rel - 2, s.start - 1, -1):
        found = s.mention_at.get(j)
        if found is None or found.start != j:
            continue
        if found.adjectival or (j > s.start and s.lowers[j - 1] in _PREPOSITIONS):
            continue  # "in Ukraine", "Ukrainian soil": a place or a modifier
        entity = s.gazetteer.get(found.entity)
        if entity is not None and entity.kind == "country":
            return s.gazetteer.actor_of(found.entity)
    return None


def _demonym_before(s: Sentence, noun: int) -> str | None:
    """The country whose demonym ends right before the force noun at token `noun`."""
    found = s.mention_at.get(noun - 1)
    if found is None or found.end != noun or not found.adjectival:
        return None
    entity = s.gazetteer.get(found.entity)
    return s.gazetteer.actor_of(found.entity) if entity and entity.kind == "country" else None
