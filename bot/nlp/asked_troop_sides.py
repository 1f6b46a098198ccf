"""Whose troops a Q&A explainer's "How many troops ...?" asks about when the question names
no side:

    How many soldiers remain at the front?
    About 9,000, the agency said.

The question speaks of "the troops" the way the whole piece does: the answers before it have
counted one army's soldiers and dead ("About 2,000 Belarusian soldiers have been killed ..."),
and the reader takes the troops asked about to be that army's. The answer's number gets its
noun from the question (`asked_counts` and the figure rules); its side is the one side every
people count told so far belongs to.

Only an answer on the line right after a question that opens "How many" and names troops but
no state, and only when every owned troop and casualty count before it is one side's: two
armies counted ("Ukrainian losses ... Russian losses") leave the question open."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.gazetteer import Gazetteer

_PEOPLE = frozenset({"troop", "casualty"})
# "How many troops are still there?", "How many soldiers has it sent?"
_ASKED = re.compile(
    r"how\s+many\s+(?:more\s+|[a-z]+\s+)?(?:troops|soldiers|servicemen|personnel|forces)\b"
    r"[^?\n]*\?\s*$",
    re.IGNORECASE,
)


def asked_troop_sides(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """`quantities` with an unowned troop count answering a sideless "How many troops?" given
    the one side the people counts before it belong to."""
    if "?" not in text:
        return quantities  # nearly every text: no question asked
    sides: set[str] = set()
    out = list(quantities)
    for k in sorted(range(len(out)), key=lambda k: out[k].start):  # in the order told
        q = out[k]
        if q.actor is None and q.category == "troop" and len(sides) == 1:
            question = _question_above(text, q.start)
            if question is not None and not any(
                question[0] <= m.start < question[1] and _is_state(m, gazetteer) for m in mentions
            ):
                q = out[k] = replace(q, actor=next(iter(sides)))
        if q.category in _PEOPLE and q.actor is not None:
            sides.add(q.actor)
    return out


def _is_state(m: Mention, gazetteer: Gazetteer) -> bool:
    entity = gazetteer.get(m.entity)
    return entity is not None and entity.kind == "country"


def _question_above(text: str, at: int) -> tuple[int, int] | None:
    """The span of the "How many troops ...?" line right above the line holding `at`."""
    start = text.rfind("\n", 0, at) + 1
    if start == 0:
        return None
    above = text.rfind("\n", 0, start - 1) + 1
    line = text[above : start - 1]
    match = _ASKED.match(line.strip())
    return (above, start - 1) if match is not None else None
