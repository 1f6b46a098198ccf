"""The walk that gives a sentence's ownerless casualty counts a side, shared by the rules
that read a side off the words before a count ("North Korean units whose losses ...", "its
losses had exceeded", "the North Korean toll stood at"): each rule only says where its side
is, given the count's first token."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Callable
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence


def own_casualties(
    s: Sentence,
    found: list[Quantity],
    cues: frozenset[str],
    side_at: Callable[[int, Quantity], str | None],
) -> list[Quantity]:
    """`found` with each ownerless casualty count given the side `side_at` reads for it (from
    the count's first token and the count), where one is read; untouched when the sentence
    has none of `cues`."""
    if cues.isdisjoint(s.words) or not any(
        q.actor is None and q.category == "casualty" for q in found
    ):
        return found  # nearly every sentence: one set test
    idxs = s.tokens.idxs
    out = list(found)
    for k, q in enumerate(out):
        if q.actor is not None or q.category != "casualty":
            continue
        side = side_at(bisect_right(idxs, q.start) - 1, q)
        if side is not None:
            out[k] = replace(q, actor=side)
    return out
