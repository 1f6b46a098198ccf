"""Losses inflicted "on the enemy" are the enemy's: a belligerent's bulletin writes "units of
the Western group of forces inflicted losses of up to 210 servicemen on the enemy, the
ministry said". `inflicted_losses` gives such losses to a side named after "on"; when the
word there is only "the enemy", the loser is the claimant's opponent (as in
`enemy_claims`), never the side the subject's words happen to name ("the North group").
The claimant's enemy is known only for the two-sided wars `enemy_claims` knows; elsewhere
the figure keeps the owner the other rules gave it."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.context import Sentence

_INFLICT = frozenset({"inflicted", "inflicts", "inflict", "inflicting"})
_ON = frozenset({"on", "upon"})
_ENEMY = frozenset({"enemy", "adversary", "invaders", "occupiers"})
_VERB_REACH = 8  # "inflicted losses of up to 210": the verb a few words before the number
_ON_REACH = 4  # "on" right after the counted noun, or a word or two later


def enemy_inflicted(
    s: Sentence, found: list[Quantity], opponents: dict[str, str]
) -> list[Quantity]:
    """The sentence's casualty figures inflicted "on the enemy", given to the opponent of
    the belligerent that claims them."""
    if _INFLICT.isdisjoint(s.words) or _ENEMY.isdisjoint(s.words):
        return found  # nearly every sentence: two set tests
    out: list[Quantity] = []
    for q in found:
        side = _enemy_of_claimant(q, opponents)
        if side is not None and side != q.actor and _inflicted_on_enemy(s, q):
            q = replace(q, actor=side)
        out.append(q)
    return out


def _enemy_of_claimant(q: Quantity, opponents: dict[str, str]) -> str | None:
    claimant = q.claimant
    if q.category != "casualty" or claimant is None or claimant.denied:
        return None
    sides = {opponents[e] for e in claimant.entities if e in opponents}
    return sides.pop() if len(sides) == 1 else None


def _inflicted_on_enemy(s: Sentence, q: Quantity) -> bool:
    """Whether "inflicted" comes a few words before the figure and "on (the) enemy" right
    after it."""
    at = [k for k in range(s.start, s.end) if q.start <= s.char_span(k, k + 1)[0] < q.end]
    if not at:
        return False
    first, last = at[0], at[-1] + 1
    lowers = s.lowers
    if not any(w in _INFLICT for w in lowers[max(s.start, first - _VERB_REACH) : first]):
        return False
    for k in range(last, min(s.end - 1, last + _ON_REACH)):
        if lowers[k] in _ON:
            j = k + 1 if lowers[k + 1] != "the" else k + 2
            return j < s.end and lowers[j] in _ENEMY
    return False
