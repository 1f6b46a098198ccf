"""The source a fact box's line names with "by the count of" or "by the estimate of": "About
40,000 - soldiers lost since the spring, by the count of Moldova's General Staff", "Up to 3
million - rounds shipped, by the estimate of the Defence Intelligence Agency". The phrase
stands where prose would put "X says": the named body is the figure's source, not the
speaker the lines before were quoting.

Only the phrase after the figure, with "count", "estimate", "tally" or "reckoning", and a
body, person or state right after it; a figure whose own sentence already names its source
before the phrase keeps it."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Claimant, Mention, Quantity
from bot.nlp.gazetteer import Gazetteer

_PHRASE = re.compile(r",\s+by\s+(?:the|an?)\s+(?:count|estimate|tally|reckoning)\s+of\s+")
_NAME_END = re.compile(r"[,;.]\s|[,;.]?$")
_SOURCES = frozenset({"org", "person", "country"})
_MAX_WORDS = 8  # "the General Staff of the Armed Forces of Ukraine"


def _named(text: str, start: int, mentions: list[Mention], gazetteer: Gazetteer) -> Claimant | None:
    """The source named from `start` up to the next comma or stop, or None."""
    stop = _NAME_END.search(text, start)
    end = len(text) if stop is None else stop.start()
    inside = [m for m in mentions if start <= m.start < end]
    if not inside or len(text[start:end].split()) > _MAX_WORDS:
        return None  # "by the count of most observers": no named source
    names = [m.entity for m in inside]
    kinds = [gazetteer.get(n) for n in names]
    if any(k is None or k.kind not in _SOURCES for k in kinds):
        return None
    body = next((n for n, k in zip(names, kinds, strict=True) if k and k.kind != "country"), None)
    name = body or names[0]
    entity = gazetteer.get(name)
    country = None if entity is None else entity.country
    entities = (name,) if country is None or country == name else (name, country)
    return Claimant(name=text[start:end].strip(), entities=entities)


def count_of_sources(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """`quantities` with a figure followed by "by the count of X" given X as its source."""
    if not any(" by the " in q.sentence for q in quantities):
        return quantities  # nearly every text
    out: list[Quantity] = []
    for q in quantities:
        first = text.find(q.sentence, max(0, q.start - len(q.sentence)))
        found = None if first < 0 else _PHRASE.search(text, q.end, first + len(q.sentence))
        source = None if found is None else _named(text, found.end(), mentions, gazetteer)
        told = text[first : q.start]
        if source is not None and (q.claimant is None or q.claimant.name not in told):
            q = replace(q, claimant=source)
        out.append(q)
    return out
