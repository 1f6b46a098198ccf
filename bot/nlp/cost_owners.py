"""Losses told as the price of an act: "Russian forces took the town at a cost of more than
20,000 casualties", "the army advanced 5 km at the cost of 3,000 dead". The cost is paid by
whoever did the act, the subject of the clause, whatever country the object names ("of
Ukraine's territory" is what was taken); the subject is the first country (a demonym too)
after the clause opens."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_COSTS = frozenset({"cost", "price"})
_ARTICLES = frozenset({"a", "the"})
# What opens the clause whose subject pays: the sentence, or a reporting verb's "that".
_OPENERS = frozenset({"said", "says", "that", "estimated", "estimates", "believes", ","})


def cost_owner(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """Casualty counts after "at a/the cost/price of" given to the clause's subject."""
    if _COSTS.isdisjoint(s.words) or "at" not in s.words:
        return found  # nearly every sentence: two set tests
    out = list(found)
    for k, q in enumerate(out):
        if q.category != "casualty":
            continue
        at = _cost_phrase(s, bisect_left(s.tokens.idxs, q.start, s.start, s.end))
        if at is None:
            continue
        payer = _subject(s, at)
        if payer is not None:
            out[k] = replace(q, actor=payer)
    return out


_QUALIFIER_REACH = 3  # "at a cost of more than 160,000": the qualifier before the number


def _cost_phrase(s: Sentence, number: int) -> int | None:
    """The "at" of "at a/the cost of" just before the count at token `number`, or None."""
    for of in range(number - 1, max(s.start + 2, number - 1 - _QUALIFIER_REACH), -1):
        if s.lowers[of] != "of":
            continue
        words = s.lowers[of - 3 : of]
        if len(words) == 3 and words[0] == "at" and words[1] in _ARTICLES and words[2] in _COSTS:
            return of - 3
        return None
    return None


def _subject(s: Sentence, at: int) -> str | None:
    """The first country named after the clause's opening and before `at`, if it opens
    the clause (no other word but "the" before it)."""
    j = at - 1
    while j > s.start and s.lowers[j] not in _OPENERS:
        j -= 1
    k = j + 1 if s.lowers[j] in _OPENERS else j
    if k < at and s.lowers[k] == "the":
        k += 1
    found = s.mention_at.get(k)
    if found is None or found.start != k:
        return None
    entity = s.gazetteer.get(found.entity)
    if entity is None or entity.kind != "country":
        return None
    return s.gazetteer.actor_of(found.entity)
