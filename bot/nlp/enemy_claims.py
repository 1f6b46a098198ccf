""""The enemy" in a belligerent's own tally is the other side of its war: Ukraine's General
Staff writes "the total combat losses of the enemy ... amounted to 722,440 personnel", Russia's
defence ministry "in total, the enemy has lost over 41,000 servicemen". Neither names the
loser, yet a watch on Russia's (or Ukraine's) losses wants exactly these figures.

The side is known only for the wars in `_OPPONENTS`; any other claimant's enemy stays
unnamed rather than guessed.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.according_sides import according_side
from bot.nlp.cited_sides import cited_side
from bot.nlp.context import Sentence
from bot.nlp.enemy_targets import attacked_side
from bot.nlp.inflicted_enemies import enemy_inflicted

# A belligerent's country -> the country its official tallies call "the enemy".
_OPPONENTS = {"Russia": "Ukraine", "Ukraine": "Russia"}
_ENEMY_WORDS = frozenset({"enemy", "enemy's", "invaders", "occupiers", "adversary"})
# Counts told about the enemy: its losses, or the weapons it attacked with.
ENEMY_MEASURES = frozenset({"casualty", "troop", "tank", "vehicle", "system", "drone",
                             "missile", "bomb", "carrier", "aircraft", "helicopter",
                             "gun", "howitzer", "launcher", "car", "boat",
                             # a loss bulletin's "ships - 28", "submarines - 1"
                             "ship", "submarine"})  # fmt: skip


def claimant_enemies(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The sentence's ownerless figures told after "the enemy", given to the opponent of the
    belligerent that claims them."""
    found = enemy_inflicted(s, found, _OPPONENTS)  # "inflicted losses of 210 on the enemy"
    if not found or _ENEMY_WORDS.isdisjoint(s.words):
        return found
    first = next(k for k in range(s.start, s.end) if s.lowers[k] in _ENEMY_WORDS)
    after = s.char_span(first, first + 1)[0]
    out: list[Quantity] = []
    target = attacked_side(s, first)  # "the enemy launched over Ukraine 87 drones"
    aimed = opponent(target) if target is not None else None
    if aimed is None and (cited := cited_side(s, first)) is not None:
        aimed = opponent(cited)  # "Citing the Russian General Staff, X said the enemy lost"
    if aimed is None and (titled := according_side(s, first)) is not None:
        aimed = opponent(titled)  # "According to X, chief of the Russian General Staff, ..."
    for q in found:
        enemy = _opponent(q, aimed) if q.start >= after and q.actor is None else None
        out.append(replace(q, actor=enemy) if enemy is not None else q)
    return out


def opponent(side: str) -> str | None:
    """The other side of `side`'s war, when the war is one of the known two-sided ones."""
    return _OPPONENTS.get(side)


def _opponent(q: Quantity, aimed: str | None) -> str | None:
    """The claimant's enemy, or when the claimant names no side, the attacked side's (or the
    cited source's)."""
    claimant = q.claimant
    if claimant is None or claimant.denied or q.measure not in ENEMY_MEASURES:
        return None
    sides = {_OPPONENTS[e] for e in claimant.entities if e in _OPPONENTS}
    if not sides:
        return aimed
    return sides.pop() if len(sides) == 1 else None
