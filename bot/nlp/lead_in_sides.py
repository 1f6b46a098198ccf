"""Whose losses a bulleted timeline counts when its lead-in names the side:

    Estimates of Chinese casualties have climbed:
    • May: the ministry put the toll at about 900.
    • June: Japan's defence agency estimates around 1,400 casualties.

Each line names only who estimated, so the line's own readers give the count to the
estimator's country ("the ministry", "its estimate") or to the side counted the line before.
The lead-in ("Estimates of Chinese casualties") says whose casualties every line counts.

A line's own side wins when the line names it as a state other than its teller's: "• June:
Japanese losses were 40" is Japan's.
"""

from __future__ import annotations

from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.context import Sentence
from bot.nlp.dash_tallies import lead_in
from bot.nlp.units import normalise_measure

# Loss words a lead-in may name the counted side's losses by, beside people nouns.
_LOSS_NOUNS = frozenset({"losses", "casualties", "dead", "toll"})


def _lead_in_side(s: Sentence, mentions: list[Mention]) -> tuple[str, str] | None:
    """(side, category) of "Estimates of <demonym> casualties ...:", if the lead-in names it."""
    span = lead_in(s)
    if span is None:
        return None
    first, last = s.char_span(*span)
    text = s.tokens.text
    for m in mentions:
        if not first <= m.start < last:
            continue
        words = text[m.end : last].split(maxsplit=1)
        noun = words[0].lower().rstrip(":") if words else ""
        found = ("casualty", "casualty") if noun in _LOSS_NOUNS else normalise_measure(noun)
        if found is not None and found[1] in {"casualty", "troop"} and noun.endswith("s"):
            return s.gazetteer.actor_of(m.entity), found[1]
    return None


def lead_in_sides(s: Sentence, found: list[Quantity], mentions: list[Mention]) -> list[Quantity]:
    """The lead-in's side for a bulleted line's counts of its kind, unless the line names
    another side that is not its teller's."""
    if not found:
        return found
    side = _lead_in_side(s, mentions)
    if side is None:
        return found
    actor, category = side
    named = {m.entity for m in s.mentions}
    out: list[Quantity] = []
    for q in found:
        tellers = set(q.claimant.entities) if q.claimant is not None else set()
        own = q.actor is not None and q.actor in named and q.actor not in tellers
        out.append(q if q.category != category or own else replace(q, actor=actor))
    return out
