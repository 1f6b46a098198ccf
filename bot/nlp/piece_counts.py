"""Counts in "pcs." (pieces), the counter word of trade and procurement writing translated from
Slavic and Baltic languages: "the next 24 pcs. of K9A1 howitzers", "60% of the missiles (about
3,200 pcs.)", "a contract for 2,000 drones. The first 500 pcs. will be delivered ...".

"pcs." names no thing of its own: what it counts is the noun of the "of" phrase after it, else
the counted noun just before it in the sentence, else what the figure told just before counted
(the same items, so also that figure's owner when this one has none)."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.units import normalise_measure

# Only the plural: British copy writes "2.3pc" for per cent.
_PIECES = frozenset({"pcs", "pcs."})
_PIECE_MEASURES = frozenset({"pc", "pcs"})
# Not things one counts in pieces: money, shares, lengths and times have units of their own.
_NOT_ITEMS = frozenset({"money", "deal", "percentage", "percentage point", "pc"})
# How far the counted noun may stand from "pcs.": "of K9A1 self-propelled howitzers" after,
# "of the missiles (about" before.
_AFTER = 6
_BEFORE = 6
_STOPS = frozenset({",", ";", ":", "and", "or", "."})


def piece_counts(s: Sentence, found: list[Quantity], just_told: list[Quantity]) -> list[Quantity]:
    """The sentence's counts in pieces, given the thing they count."""
    if _PIECES.isdisjoint(s.words):
        return found  # nearly every sentence: one set test
    out = list(found)
    for k, q in enumerate(out):
        if q.unit.lower() not in _PIECES or q.measure not in _PIECE_MEASURES:
            continue
        out[k] = _counted(s, q, just_told) or q
    return out


def _counted(s: Sentence, q: Quantity, just_told: list[Quantity]) -> Quantity | None:
    idxs, lowers = s.tokens.idxs, s.lowers
    first = bisect_right(idxs, q.start) - 1
    after = bisect_left(idxs, q.end)
    if after < s.end and lowers[after] == ".":
        after += 1
    if after < s.end and lowers[after] == "of":
        # "24 pcs. of K9A1 self-propelled howitzers": the first plural noun of the phrase.
        for j in range(after + 1, min(s.end, after + 1 + _AFTER)):
            if lowers[j] in _STOPS:
                break
            if (noun := _item(s, j)) is not None:
                return noun(q)
        return None
    # "60% of the missiles (about 3,200 pcs.)": the noun just before, within the clause.
    for j in range(first - 1, max(s.start, first - _BEFORE) - 1, -1):
        if lowers[j] in _STOPS:
            break
        if (noun := _item(s, j)) is not None:
            return noun(q)
    for told in reversed(just_told):
        if told.category not in _NOT_ITEMS and told.value is not None:
            return replace(
                q, unit=told.unit, measure=told.measure, category=told.category,
                actor=q.actor or told.actor,
            )  # fmt: skip
    return None


class _Item:
    """A counted noun found in the sentence, applied to a count in pieces."""

    def __init__(self, unit: str, measure: str, category: str) -> None:
        self.unit, self.measure, self.category = unit, measure, category

    def __call__(self, q: Quantity) -> Quantity:
        return replace(q, unit=self.unit, measure=self.measure, category=self.category)


def _item(s: Sentence, j: int) -> _Item | None:
    """The counted noun at token j, when it is a plural noun of things (not pieces, money or
    a share)."""
    word = s.texts[j]
    if not word.isalpha() or s.lowers[j] in _PIECES:
        return None
    found = normalise_measure(word)
    if found is None or found[1] in _NOT_ITEMS or found[0] == word.lower():
        return None  # unknown, money, or no plural ("the contract"): not a counted noun
    return _Item(word, found[0], found[1])
