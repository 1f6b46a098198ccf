"""Troops told to remain after the same sentence counted a side's losses or troops are that
side's: "the North Korean contingent has suffered more than 5,000 casualties and that about
11,000 troops remain in the Kursk region". What is left of a force is the force whose losses
(or size) were just told, as "they have lost 900" is the troops named before it
(`their_losses`).

Only an unowned troop count opening the report's second "and that" clause (", while 2,400
troops remain" may be another army's), whose own verb is "remain" (past "still", "now"),
followed by a place or the clause's end ("remain missing" counts the lost), and only after a
figure of the sentence with a side."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_REMAIN = frozenset({"remain", "remains", "remained"})
_BETWEEN = frozenset({"still", "now", "currently", "reportedly"})
_AFTER = frozenset({".", ",", ";", "in", "inside", "there", "on", "at", "near", "deployed",
                    "stationed", "behind", "and"})  # fmt: skip
_SIDES = frozenset({"casualty", "troop"})
_REACH = 2  # "about 11,000 troops still remain": the verb right after the count's noun


def remaining_owners(s: Sentence, quantities: list[Quantity]) -> list[Quantity]:
    """The figures with each unowned remaining troop count given the side of the figure
    before it in the sentence."""
    if _REMAIN.isdisjoint(s.words):
        return quantities  # nearly every sentence: one set test
    for k, q in enumerate(quantities):
        if q.category != "troop" or q.actor is not None or not _remains(s, q):
            continue
        owner = next((p.actor for p in reversed(quantities[:k])
                      if p.category in _SIDES and p.actor is not None), None)  # fmt: skip
        if owner is not None:
            quantities[k] = replace(q, actor=owner)
    return quantities


def _remains(s: Sentence, q: Quantity) -> bool:
    """Whether the figure opens a second "and that" clause of one report and "remain"
    follows it (its noun) and places or closes it."""
    first = next((i for i in range(s.start, s.end) if s.char_span(i, i + 1)[0] >= q.start), s.end)
    if s.lowers[max(s.start, first - 2) : first] != ["and", "that"]:
        return False  # ", while 2,400 troops remain": another clause, maybe another side
    end = next((i for i in range(first, s.end) if s.char_span(i, i + 1)[0] >= q.end), s.end)
    k = end
    while k < min(s.end, end + _REACH) and s.lowers[k] in _BETWEEN:
        k += 1
    if k >= s.end or s.lowers[k] not in _REMAIN:
        return False
    return k + 1 >= s.end or s.lowers[k + 1] in _AFTER
