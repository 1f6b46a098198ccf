"""Whose "the General Staff" is, when the text names no state for it. A daily tally of a war's
losses ("According to the General Staff, Russian losses over the past day amounted to 1,140
troops") is published by each side's General Staff about the other: it counts the enemy's
dead and leaves its own to silence. So a bare General Staff that counts one side's
casualties in a known two-sided war speaks for that side's opponent, and so does every
other figure it tells in the text.

Only the General Staff: a bare "Ministry of Defence" tallying Russian losses is as often
Britain's (its daily intelligence updates) as Ukraine's. A General Staff the text names a
state for ("Ukraine's General Staff", "the General Staff of the Armed Forces of Ukraine")
already has its entities and is left alone, as is one counting the casualties of a side
whose war is not a known two-sided one, or of both sides."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant, Quantity
from bot.nlp.enemy_claims import opponent

# The body that publishes a side's tally of the enemy's losses, as written without "the".
_TALLYING_BODIES = frozenset({"general staff", "general staff of the armed forces"})


def staff_tally_sources(quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` with a bare General Staff's claims given the state it speaks for."""
    sides: dict[str, set[str]] = {}
    for q in quantities:
        body = _bare_body(q.claimant)
        if body is None or q.category != "casualty" or q.actor is None:
            continue
        side = opponent(q.actor)
        if side is not None:
            sides.setdefault(body, set()).add(side)
    if not sides:
        return quantities  # nearly every text: no bare body counting a known war's dead
    out: list[Quantity] = []
    for q in quantities:
        body = _bare_body(q.claimant)
        found = sides.get(body) if body is not None else None
        if q.claimant is None or found is None or len(found) != 1:
            out.append(q)  # "Russian and Ukrainian losses": either side's count
            continue
        (side,) = found
        out.append(replace(q, claimant=replace(q.claimant, entities=(side,))))
    return out


def _bare_body(claimant: Claimant | None) -> str | None:
    """The tallying body a claimant with no entities is, as written without "the"."""
    if claimant is None or claimant.entities or claimant.denied:
        return None
    name = claimant.name.lower().removeprefix("the ")
    return name if name in _TALLYING_BODIES else None
