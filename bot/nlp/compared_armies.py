"""Whole armies set against each other in one sentence, and an army's size told again by
"they": once a figure reads as an army's whole strength, the figure it is compared with is an
army's strength too, never a force sent somewhere.

- "Azerbaijan's armed forces number about 64,000 active troops against Armenia's roughly
  42,000 troops": Armenia's army, whole.
- "Thailand's army has about 245,000 active troops, more than three times the size of
  Cambodia's, which the IISS puts at about 75,000 troops": Cambodia's army, whole.
- "The Self-Defense Forces number about 230,000 personnel, against an authorized strength of
  about 247,000 personnel": the same army's strength on paper.
- "Poland's armed forces now number more than 200,000. ... they total about 216,000 troops":
  "they" is the army just sized.

A comparison that places its figure ("against 11,000 sent to Kursk") is a deployment, and is
left alone."""

from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_COMPARED = re.compile(r"\b(?:against|versus|vs\.?|compared (?:with|to)|than|size of)\b")
# Words that send the compared figure somewhere: then it is a deployment after all.
_PLACED = re.compile(r"\b(?:sent|deployed|stationed|in|inside|into|to|near|along|at)\b")
_GAP_REACH = 160  # characters between the whole army's figure and the one compared with it
_STRENGTHS = frozenset({"strength", "establishment", "complement"})
_TOTALS = frozenset({"total", "totals", "totalled", "totaled", "number", "numbered"})
_QUALIFIERS = frozenset(
    {"about", "some", "roughly", "around", "nearly", "almost", "approximately", "over",
     "just", "more", "than", "now", "together", "combined", "in", "all"}
)  # fmt: skip


def compared_armies(s: Sentence, found: list[Quantity], told: list[Quantity]) -> list[Quantity]:
    """The sentence's figures, those compared with a whole army's, or told of "they" right
    after one, made whole armies too."""
    out = found
    if len(found) > 1 and any(q.whole_force and q.category == "troop" for q in found):
        out = [_compared(s, found[k], found[:k]) for k in range(len(found))]
    if "they" in s.words and not _TOTALS.isdisjoint(s.words):
        army = next((q for q in reversed(told) if q.whole_force and q.category == "troop"), None)
        if army is not None:
            out = [_told_again(s, q, army) for q in out]
    return out


def _compared(s: Sentence, q: Quantity, before: list[Quantity]) -> Quantity:
    if q.whole_force or q.category != "troop" or q.value is None:
        return q
    army = next((b for b in reversed(before) if b.whole_force and b.category == "troop"), None)
    if army is None or q.start - army.end > _GAP_REACH:
        return q
    text = s.tokens.text
    gap = text[army.end : q.start].lower()
    if not _COMPARED.search(gap) or _PLACED.search(text[q.end : q.end + 12].lower()):
        return q
    if re.search(r"\b(?:sent|deployed|dispatched)\b", gap):
        return q  # "... against the 11,000 it sent": a deployment set against the army
    idxs = s.tokens.idxs
    first, last = bisect_left(idxs, army.end), bisect_left(idxs, q.start)
    owners = [m for m in s.mentions_between(first, last) if m.possessive]
    if owners:  # "against Armenia's roughly 42,000 troops"
        return replace(q, whole_force=True, actor=owners[-1].entity)
    if not _STRENGTHS.isdisjoint(s.lowers[first:last]):  # "an authorized strength of"
        return replace(q, whole_force=True, actor=q.actor or army.actor)
    return q


def _told_again(s: Sentence, q: Quantity, army: Quantity) -> Quantity:
    """"they total about 216,000 troops": the army just sized, counted again."""
    if q.whole_force or q.category != "troop" or q.value is None:
        return q
    k = bisect_left(s.tokens.idxs, q.start) - 1
    while k > s.start and s.lowers[k] in _QUALIFIERS:
        k -= 1
    if k <= s.start or s.lowers[k] not in _TOTALS or s.lowers[k - 1] != "they":
        return q
    return replace(q, whole_force=True, actor=q.actor or army.actor)
