"""Whose "the enemy" is, once the whole document is read. `enemy_claims` names the enemy
from the claimant the sentence already has; but a General Staff tally is often attributed
only in the next sentence ("The total combat losses of the enemy ... amounted to 810,570.
This was reported by the General Staff of the Armed Forces of Ukraine"), or by a bare "the
General Staff" that names no state but tallies "total Russian losses" a sentence later, and
a headline ("Enemy losses over past day: ... 112 drones") has no claimant at all.

A bulleted list's lines ("- tanks - 9,781 (+9)") are told after "the enemy" when the line
that leads into the list names it ("The total combat losses of the enemy ... amounted to
the following, the General Staff reported.").

So, with every claimant settled: a figure told after "the enemy" with no owner goes to the
opponent of its claimant's state; failing that, to the side whose losses the same source
(by name) counts elsewhere in the text; and an unattributed one (a headline) to the one side
the document's other enemy figures went to. Two sides, or none known, leave it ownerless."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Quantity
from bot.nlp.enemy_claims import ENEMY_MEASURES, opponent
from bot.nlp.list_lead_ins import list_lead_in

# Besides its losses and weapons, the enemy's own acts: "the enemy carried out 152 assaults".
_TOLD_OF_ENEMY = ENEMY_MEASURES | {"invader", "assault", "attack", "strike", "counterattack"}
_ENEMY = re.compile(r"\b(?:enemy|enemy's|invaders|occupiers|adversary)\b", re.IGNORECASE)


def enemy_sources(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with ownerless figures of "the enemy" given the side it is."""
    if not any(q.actor is None for q in quantities) or _ENEMY.search(text) is None:
        return quantities  # nearly every text: no enemy, or every figure owned
    told = [q for q in quantities if q.actor is None and _after_enemy(text, q)]
    if not told:
        return quantities
    sides: dict[int, str] = {}
    for q in told:
        side = _claimed_side(q, quantities)
        if side is not None:
            sides[id(q)] = side
    found = set(sides.values())
    fallback = found.pop() if len(found) == 1 else None
    out: list[Quantity] = []
    for q in quantities:
        side = sides.get(id(q))
        if side is None and q.claimant is None and fallback is not None and any(
            q is t for t in told
        ):
            side = fallback  # "Enemy losses over past day: ...": the body's enemy
        out.append(replace(q, actor=side) if side is not None else q)
    return out


def _after_enemy(text: str, q: Quantity) -> bool:
    """An enemy word before the figure in its sentence, and a count told of the enemy."""
    if q.measure not in _TOLD_OF_ENEMY:
        return False
    if q.claimant is not None and q.claimant.denied:
        return False
    start = text.rfind(q.sentence, 0, q.start + len(q.sentence))  # the one holding q
    if start < 0:
        return False
    # Up to the figure's end: "repelled 38 enemy assaults" names the enemy inside the figure.
    found = _ENEMY.search(q.sentence, 0, q.end - start)
    return found is not None or _ENEMY.search(list_lead_in(text, q.start)) is not None


def _claimed_side(q: Quantity, quantities: list[Quantity]) -> str | None:
    """The enemy of q's claimant: the opponent of its state, or the side whose losses the
    same source counts by name elsewhere."""
    claimant = q.claimant
    if claimant is None:
        return None
    sides = {s for e in claimant.entities if (s := opponent(e)) is not None}
    if len(sides) == 1:
        return sides.pop()
    if sides:
        return None
    name = _bare(claimant.name)
    losers = {
        o.actor for o in quantities
        if o.category == "casualty" and o.actor is not None and opponent(o.actor) is not None
        and o.claimant is not None and not o.claimant.denied and _bare(o.claimant.name) == name
    }  # fmt: skip
    return losers.pop() if len(losers) == 1 else None


def _bare(name: str) -> str:
    """ "The General Staff" and "the General Staff" are one source."""
    lowered = name.lower()
    return lowered.removeprefix("the ")
