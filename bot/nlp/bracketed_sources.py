"""Sources in brackets at the end of a by-the-numbers line: "• About 700,000 — Russian troops
in and around Ukraine (the army chief)", "• 1.25 million — Russian troops killed or wounded
(UK Ministry of Defence)". A newsletter's numbers box gives each figure first, then what it
counts, then, in a closing bracket, who gives it: the bracket is the line's source, as "X
said" would be in prose.

Only a line that opens on a bullet, ends on the bracket, and names in that bracket exactly
one body or person (a country alone counts only when the bracket has more to it, as in "UK
Ministry of Defence": a bare "(Ukraine)" more often says where than who). A line's figure
that already has a source keeps it.

Such a line is also a figure told with its own source, so a later telling of the same count
by another source is a second estimate, not the body's restatement of the box's line: see
`other_sources`."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Claimant, Mention, Quantity
from bot.nlp.gazetteer import Gazetteer

_BULLETS = ("- ", "• ", "* ", "– ", "· ", "▪ ")
# The figure first, a dash, then what it counts: the numbers-box shape, not a prose bullet
# ("- Russia fired 40 drones (Ukraine's air force)" reads its source from prose rules).
_BOX_LINE = re.compile(r"[-•*–·▪]\s+(?:[A-Za-z]+\s+){0,3}[\d$€£][\d,.]*(?:\s+\w+)?\s+[—–-]\s")
# The closing bracket, holding no further bracket, at the very end of the line.
_CLOSING = re.compile(r"\(([^()\n]{2,80})\)\s*$")
_SOURCES = frozenset({"org", "person"})


def _bracket(line: str) -> re.Match[str] | None:
    if not line.startswith(_BULLETS) or not _BOX_LINE.match(line):
        return None
    return _CLOSING.search(line)


def bracket_source(
    text: str,
    span: tuple[int, int],
    mentions: list[Mention],
    gazetteer: Gazetteer,
    *,
    country_bodies: bool = True,
) -> Claimant | None:
    """The one source the bracket at `span` names, as a claimant named as written. With
    `country_bodies`, a country followed by more capitalised words ("UK Ministry of Defence")
    is a source too; without, only a body or a person is."""
    inside = [m for m in mentions if span[0] <= m.start < span[1]]
    names = {m.entity for m in inside}
    # "(Ukraine's GUR)": a body with its own country names one source, the body.
    bodies = {n for n in names if (e := gazetteer.get(n)) is not None and e.country in names}
    if len(names) == 2 and len(bodies) == 1:
        names = bodies
    if len(names) != 1:
        return None  # none, or "(NIS and HUR)": no one source
    name = names.pop()
    entity = gazetteer.get(name)
    if entity is None:
        return None
    written = text[span[0] : span[1]]
    if entity.kind not in _SOURCES:
        if not country_bodies:
            return None
        # "(UK Ministry of Defence)": a country's body, named by more capitalised words.
        rest = "".join(
            written[: m.start - span[0]] + written[m.end - span[0] :] for m in inside[:1]
        )
        if entity.kind != "country" or not re.search(r"\b[A-Z][a-z]{2,}", rest):
            return None
    country = entity.country
    entities = (name,) if country is None or country == name else (name, country)
    return Claimant(name=written.strip(), entities=entities)


def bracketed_sources(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """`quantities` with the unsourced figures of numbers-box lines given the source their
    closing bracket names."""
    if not any(q.claimant is None and q.sentence.startswith(_BULLETS) for q in quantities):
        return quantities  # nearly every text: no unsourced figure on a bulleted line
    out: list[Quantity] = []
    for q in quantities:
        if q.claimant is None:
            start = text.rfind("\n", 0, q.start) + 1
            end = text.find("\n", q.start)
            end = len(text) if end < 0 else end
            found = _bracket(text[start:end])
            source = (
                None
                if found is None
                else bracket_source(
                    text, (start + found.start(1), start + found.end(1)), mentions, gazetteer
                )
            )
            if source is not None:
                q = replace(q, claimant=source)
        out.append(q)
    return out


def other_sources(bullet: Quantity, later: Claimant | None) -> bool:
    """Whether a numbers-box line's figure, sourced in its closing bracket, and a later
    telling of the same count come from two named sources that share no entity: two
    estimates, neither restating the other. Any other bullet sums up the body below it."""
    if bullet.claimant is None or later is None or _bracket(bullet.sentence.strip()) is None:
        return False
    return not set(bullet.claimant.entities) & set(later.entities)
