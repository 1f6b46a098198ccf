"""The other side of "Defence Minister X and his South Korean counterpart signed ...": the
minister is named without his state, but "counterpart" says he is another state's, and a
feature written about one state names it in its headline ("Poland's Korean arms bill"). A
signing that found only the counterpart's state takes the headline's first other state."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Mention
from bot.nlp.gazetteer import Gazetteer

_COUNTERPARTS = ("counterpart", "counterparts")


def counterpart_parties(
    events: list[Event], mentions: list[Mention], gazetteer: Gazetteer, body: int
) -> list[Event]:
    """`events` with a one-party step beside a "counterpart" given the headline's state."""
    if not any(
        len(e.parties) == 1 and any(w in e.sentence for w in _COUNTERPARTS) for e in events
    ):
        return events  # nearly every text: no such step
    states = []
    for m in mentions:
        if m.start >= body:
            break
        entity = gazetteer.get(m.entity)
        if entity is not None and entity.kind == "country":
            states.append(gazetteer.actor_of(m.entity))
    out = []
    for e in events:
        if len(e.parties) == 1 and any(w in e.sentence for w in _COUNTERPARTS):
            other = next((st for st in states if st not in e.parties), None)
            if other is not None:
                e = replace(e, parties=(*e.parties, other))
        out.append(e)
    return out
