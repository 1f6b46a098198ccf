"""Whose troops and losses a list or fact box counts when only its lead-in or its title names
the side, and the lines name only who estimated:

    Estimates of the North Korean force in Russia still differ:
    - South Korea's intelligence service: about 10,000 troops; about 6,000 killed or wounded

    FACTBOX-What we know about Chinese troops abroad
    Japan's defence agency:
    About 9,000 soldiers since March.

Each line is the estimator's count of the force the lead-in (or the box's title) is about,
not of the estimator's own state. A line that names a side keeps it; so does a count whose
teller is the subject side itself (its own figure, which the other rules have read).

A loss bulletin's list ("the enemy's total losses are as follows:" above "- personnel: about
1,200,000, including 1,090 over the past day") counts men put out of action on its personnel
line, not men sent: the lead-in says the list is of losses, whatever the line's colon."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.list_lead_ins import list_lead_in

# A force noun right after a side's name makes the side the list's subject: "North Korean
# troops", "the Chinese force".
_FORCE = re.compile(
    r"\s+(?:troops|soldiers|forces?|contingent|servicemen|army|deployment)\b", re.IGNORECASE
)
# Titles of a box that lists what is known about one subject, line after line.
_BOX_TITLE = re.compile(
    r"\b(?:fact\s?box|factfile|what\s+we\s+know|key\s+facts|explainer|by\s+the\s+numbers)\b",
    re.IGNORECASE,
)
_COUNTED = frozenset({"troop", "casualty"})
_LOSSES = re.compile(r"\b(?:losses|loss|lost)\b", re.IGNORECASE)
_PERSONNEL = re.compile(r"\s*[-–—•*·▪]\s*(?:personnel|manpower)\s*[:–—-]", re.IGNORECASE)


def list_subjects(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """`quantities` with a list's unowned troop and loss counts given the side its lead-in or
    box title names, and a loss list's personnel counted as casualties."""
    title_end = text.find("\n")
    title = _subject(text, mentions, 0, title_end, gazetteer) if title_end > 0 else None
    if title is not None and _BOX_TITLE.search(text, 0, title_end) is None:
        title = None  # a news headline's troops are its story's, not every figure's
    out: list[Quantity] = []
    for q in quantities:
        lead = list_lead_in(text, q.start) if q.category in _COUNTED else ""
        if lead and q.measure == "troop" and _personnel_line(text, q.start, lead):
            q = replace(q, measure="casualty", category="casualty")
        if q.actor is None and q.category in _COUNTED:
            side = title
            if lead:
                at = text.rfind(lead, 0, q.start)
                side = _subject(text, mentions, at, at + len(lead), gazetteer) or side
            tellers = set(q.claimant.entities) if q.claimant is not None else set()
            if side is not None and side not in tellers:
                q = replace(q, actor=side)
        out.append(q)
    return out


def _personnel_line(text: str, at: int, lead: str) -> bool:
    """Whether `at` is on a list's "- personnel:" line under a lead-in that speaks of losses."""
    start = text.rfind("\n", 0, at) + 1
    return _PERSONNEL.match(text, start) is not None and _LOSSES.search(lead) is not None


def _subject(
    text: str, mentions: list[Mention], first: int, last: int, gazetteer: Gazetteer
) -> str | None:
    """The one side whose force the text between `first` and `last` names ("the North Korean
    force"); None when it names none, or two."""
    sides = {
        gazetteer.actor_of(m.entity)
        for m in mentions
        if first <= m.start < last and _FORCE.match(text, m.end, last) is not None
    }
    return sides.pop() if len(sides) == 1 else None
