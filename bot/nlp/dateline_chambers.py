"""A bare chamber's step under a capital's dateline: "SEOUL, Dec. 3 (Agency) -- The National
Assembly on Wednesday ratified an agreement with Poland", "TOKYO, May 22 -- The House of
Representatives approved a pact with Poland". A writer names a chamber bare, with no country
before it, only when it is the home chamber of the place the story is filed from; so the
dateline's state is the chamber's, and a party to the pact its chamber votes on, beside the
partner the clause names ("with Poland").

Only a chamber that opens the sentence right after the dateline, with "the" and no state
word, and only a dateline naming a state other than the step's parties: "WARSAW -- Poland's
Sejm approved ..." names its chamber's country already, and "The National Assembly" with no
dateline is left to the other rules."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event
from bot.nlp.context import Sentence
from bot.nlp.dateline_places import after_dateline


def dateline_chamber_parties(s: Sentence, events: list[Event]) -> list[Event]:
    """The events, a bare chamber's step given the dateline's state as its first party."""
    if not events or not s.texts[s.start].isupper():
        return events  # nearly every sentence: no dateline opens it
    first = after_dateline(s)
    if first == s.start or first + 1 >= s.end or s.lowers[first] != "the":
        return events
    home = next((m.entity for m in s.mentions
                 if m.kind == "country" and m.end <= first), None)  # fmt: skip
    if home is None:
        return events
    opening = s.span_text(first + 1, s.end)
    return [
        replace(e, parties=(home, *e.parties))
        if e.body is not None and opening.startswith(e.body) and len(e.parties) == 1
        and home not in e.parties
        else e
        for e in events
    ]
