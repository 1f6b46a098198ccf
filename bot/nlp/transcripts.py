"""Briefing transcripts: in "Q:"/"A:" turns the answers are the spokesperson's, who speaks
for the institution holding the briefing ("Department of State Press Briefing"), so a
figure an answer gives with no other source ("What I can tell you is ...") is that
institution's claim."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Claimant, Mention, Quantity
from bot.nlp.gazetteer import Gazetteer

_TURN = re.compile(r"^(Q|A):", re.MULTILINE)


def interview_turns(text: str) -> list[tuple[int, int, str]]:
    """(start, end, "Q" or "A") of each turn of a "Q:"/"A:" transcript or interview, in
    order; none when the text lacks either kind of turn."""
    if "Q:" not in text or "A:" not in text:
        return []  # no transcript: two substring searches, not a line-by-line regex
    turns = [(m.start(), m.group(1)) for m in _TURN.finditer(text)]
    if not any(kind == "Q" for _, kind in turns) or not any(kind == "A" for _, kind in turns):
        return []
    return [
        (start, turns[k + 1][0] if k + 1 < len(turns) else len(text), kind)
        for k, (start, kind) in enumerate(turns)
    ]


def answers_for_host(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    turns = interview_turns(text)
    if not turns:
        return quantities
    host = _host(mentions, turns[0][0], gazetteer)
    if host is None:
        return quantities
    answers = [(start, end) for start, end, kind in turns if kind == "A"]
    return credit_answers(quantities, answers, host)


def credit_answers(
    quantities: list[Quantity], answers: list[tuple[int, int]], speaker: Claimant
) -> list[Quantity]:
    """`quantities` with those told unattributed inside an answer's (start, end) span given
    to the speaker who answers."""
    return [
        replace(q, claimant=speaker)
        if q.claimant is None and any(a <= q.start < b for a, b in answers)
        else q
        for q in quantities
    ]


def _host(mentions: list[Mention], first_turn: int, gazetteer: Gazetteer) -> Claimant | None:
    """The organisation the transcript's heading names, before the first turn."""
    for m in mentions:
        if m.start >= first_turn:
            break
        entity = gazetteer.get(m.entity)
        if entity is not None and entity.kind == "org":
            entities = (entity.name, entity.country) if entity.country else (entity.name,)
            return Claimant(name=entity.name, entities=entities)
    return None
