"""Whose troops and losses a "what we know" box counts when its lines name only who counted:

    WHAT WE KNOW
    Deployment: about 9,000 soldiers sent since May, according to the spy agency.
    Losses: about 1,200 killed and wounded, the agency said.
    Prisoners: three Belarusian soldiers are held by Kyiv.

A wire box of "Label: text" lines under a heading in capitals sums up one side's force, the
one the headline's story is about; its labels ("Deployment", "Losses") stand where prose would
name the army. So a line's ownerless count of soldiers or losses is the side the box's other
counts of people name, when they all name the same one and the headline names it too.

Only boxes whose every line up from the figure to the heading is a label line, with nothing
else between; with two sides among the box's owned counts, or a side the headline does not
name, the count stays ownerless rather than go to the wrong army."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.gazetteer import Gazetteer

_PEOPLE = frozenset({"troop", "casualty"})
# "Deployment: ", "- Killed and wounded: ", "The treaty: ": a label of a few words and a colon.
_LABEL = re.compile(r"^\s*(?:[-•*–·▪]\s+)?[A-Z][A-Za-z'’ -]{0,40}:\s+\S")
_MAX_HEADING = 5  # words: "WHAT WE KNOW SO FAR"
_FINAL = (".", "!", "?", ":", ";")


def _heading(line: str) -> bool:
    line = line.strip()
    words = line.split()
    return (
        0 < len(words) <= _MAX_HEADING and line.upper() == line and line.lower() != line
        and not line.endswith(_FINAL)
    )  # fmt: skip


def _box(text: str, at: int) -> tuple[int, int] | None:
    """[start, end) of the run of label lines under a capitals heading that holds `at`."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    end = len(text) if end < 0 else end
    if not _LABEL.match(text[start:end]):
        return None
    top = start
    while top > 0:
        above = text.rfind("\n", 0, top - 1) + 1
        line = text[above : top - 1]
        if _heading(line):
            break
        if not _LABEL.match(line):
            return None
        top = above
    else:
        return None
    bottom = end
    while bottom < len(text):
        below = text.find("\n", bottom + 1)
        below = len(text) if below < 0 else below
        if not _LABEL.match(text[bottom + 1 : below]):
            break
        bottom = below
    return top, bottom


def box_sides(
    text: str,
    mentions: list[Mention],
    quantities: list[Quantity],
    gazetteer: Gazetteer,
    body: int,
) -> list[Quantity]:
    """`quantities` with the ownerless counts of people in a label-line box given the one
    side the box's other counts and the headline (ending at `body`) name."""
    if body == 0 or not any(q.actor is None and q.category in _PEOPLE for q in quantities):
        return quantities
    headline = {
        gazetteer.actor_of(m.entity) for m in mentions
        if m.start < body and (e := gazetteer.get(m.entity)) is not None and e.kind == "country"
    }  # fmt: skip
    out = list(quantities)
    for k, q in enumerate(quantities):
        if q.actor is not None or q.category not in _PEOPLE or q.start < body:
            continue
        box = _box(text, q.start)
        if box is None:
            continue
        sides = {
            o.actor for o in quantities
            if o.actor is not None and o.category in _PEOPLE and box[0] <= o.start < box[1]
        }  # fmt: skip
        if len(sides) == 1 and sides <= headline:
            out[k] = replace(q, actor=next(iter(sides)))
    return out
