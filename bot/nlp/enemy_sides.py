"""Losses told on from the sentence before: "the Russian army has lost about 812,650
personnel ... The enemy also lost 8 tanks and 97 drones." A belligerent's daily tally names
the other side once and then only as "the enemy"; "also" says the loser is the one whose
losses were just counted. ("It also lost" may be the speaker's own side: "Kyiv said it also
lost three tanks".)

Without "also" ("In total, the enemy has lost over 41,000") the subject may be a side the
text has not counted yet; only the claimant's war names it (enemy_claims.py)."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence
from bot.nlp.enemy_claims import claimant_enemies

_SUBJECTS = frozenset({"enemy"})
_LOSS_WORDS = frozenset({"lost", "loses", "lose"})
_BETWEEN = frozenset({"has", "have", "had"})  # "the enemy has also lost"


def enemy_losses(
    s: Sentence, found: list[Quantity], before: Sequence[Quantity]
) -> list[Quantity]:
    """The sentence's ownerless figures after "the enemy also lost", given to the owner of
    the last loss counted in the sentence before."""
    found = claimant_enemies(s, found)
    words = s.words
    if not found or "also" not in words or _LOSS_WORDS.isdisjoint(words):
        return found
    if _SUBJECTS.isdisjoint(words):
        return found
    lowers = s.lowers
    for k in range(s.start, s.end - 2):
        if lowers[k] not in _SUBJECTS:
            continue
        j = k + 1
        while j < s.end and lowers[j] in _BETWEEN:
            j += 1
        if lowers[j : j + 1] != ["also"] or lowers[j + 1 : j + 2] == []:
            continue
        if lowers[j + 1] not in _LOSS_WORDS:
            continue
        loser = next(
            (q.actor for q in reversed(before) if q.category == "casualty" and q.actor), None
        )
        if loser is None:
            return found
        after = s.char_span(j + 1, j + 2)[1]
        return [
            replace(q, actor=loser) if q.actor is None and q.start >= after else q
            for q in found
        ]
    return found
