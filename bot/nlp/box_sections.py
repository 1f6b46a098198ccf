"""The sections of a key-figures box, read across their lines: a heading in capitals
("TROOPS") over bulleted "Label: value (source)" lines, as wire factboxes print them:

    TROOPS
    * Sent to Russia since 2024: around 25,000 (South Korea's spy agency)
    * Killed and wounded: about 6,500 (NIS); more than 8,000 (HUR)

- Who gives a value is the bracket right after it, before the next value's semicolon: a box
  line puts its source there instead of a "said" ("about 6,500, including some 2,500 dead
  (NIS)" gives both values to the NIS).
- A section headed by a noun of people ("TROOPS") counts one army's men, so its lines'
  ownerless troops and casualties are the one side its other lines name; when no line names
  one, a label that tells where the troops went or stay ("Sent to Russia", "Still in
  Russia") names the host, and a box on two states' ties (a headline naming exactly two
  states) has the other one as the sender. Under any other heading ("HIGHLIGHTS OF THE
  REPORT") the lines may count anything of anyone, and are left alone.

Only bulleted lines under a capitals heading of a few words with no final stop, and only
brackets of a few words that name a body, person or state."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant, Mention, Quantity
from bot.nlp.bullets import BULLET_MARKS
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.list_lead_ins import line_above
from bot.nlp.units import normalise_measure

_MAX_LINES = 12  # bulleted lines between a figure's line and its section heading
_MAX_HEADING = 4  # words: "WEAPONS FOR RUSSIA"
_MAX_PEOPLE_HEADING = 2  # words: "TROOPS", "KILLED SOLDIERS"
_FINAL = (".", "!", "?", ":", ";")
_PEOPLE = frozenset({"troop", "casualty"})
_MAX_BRACKET = 8  # words of a bracketed source: "Ukraine's military intelligence, HUR"
_MAX_GAP = 3  # words between a value and its bracket: "around 25,000 in total (NIS)"
_SOURCES = frozenset({"org", "person", "country"})
_PLACE_WORDS = frozenset({"to", "in", "into"})


def _bulleted(line: str) -> bool:
    return line.startswith(BULLET_MARKS)


def _line(text: str, at: int) -> tuple[int, int]:
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def section_heading(text: str, at: int) -> tuple[int, int] | None:
    """The capitals heading over the bulleted line holding `at`, or None."""
    start, end = _line(text, at)
    if not text[start:end].lstrip().startswith(BULLET_MARKS):
        return None
    span = line_above(text, at, _bulleted, _MAX_LINES)
    if span is None:
        return None
    heading = text[span[0] : span[1]].strip()
    words = heading.split()
    capitals = heading.upper() == heading and heading.lower() != heading
    if not 0 < len(words) <= _MAX_HEADING or not capitals or heading.endswith(_FINAL):
        return None
    return span


def people_heading(heading: str) -> tuple[str, str] | None:
    """(measure, category) of a section heading that is a plural noun of people ("TROOPS",
    "CASUALTIES"), else None: such a section counts one army's men."""
    words = heading.split()
    if not 0 < len(words) <= _MAX_PEOPLE_HEADING:
        return None
    head = words[-1].lower()
    found = normalise_measure(head)
    if found is None or found[1] not in _PEOPLE or not head.endswith("s"):
        return None
    return found


def _bracket_source(
    text: str, q: Quantity, mentions: list[Mention], gazetteer: Gazetteer
) -> Claimant | None:
    """The source in the bracket right after the value of `q` on its line, or None."""
    _, end = _line(text, q.end)
    tail = text[q.end : end]
    opening = tail.find("(")
    if opening < 0 or ";" in tail[:opening] or ":" in tail[:opening]:
        return None
    gap = tail[:opening].replace(",", " ").split()
    closing = tail.find(")", opening)
    if closing < 0 or len(tail[opening + 1 : closing].split()) > _MAX_BRACKET:
        return None
    if len(gap) > _MAX_GAP and not _later_value(gap):
        return None
    first, last = q.end + opening, q.end + closing
    named = [m for m in mentions if first < m.start < last]
    kinds = [gazetteer.get(m.entity) for m in named]
    if not named or any(k is None or k.kind not in _SOURCES for k in kinds):
        return None
    entities: list[str] = []
    bodies = [m.entity for m, k in zip(named, kinds, strict=True) if k and k.kind != "country"]
    for name in [*bodies, *(m.entity for m in named)]:
        entity = gazetteer.get(name)
        country = None if entity is None else entity.country
        for found in (name, country):
            if found is not None and found not in entities:
                entities.append(found)
    return Claimant(name=text[first + 1 : last].strip(), entities=tuple(entities))


def _later_value(gap: list[str]) -> bool:
    """ "about 6,500, including some 2,500 dead (NIS)": the bracket closes a later value of
    the same source, a part of this one."""
    return gap[:1] == ["including"] and len(gap) <= _MAX_GAP + 3


def _host(text: str, at: int, mentions: list[Mention], gazetteer: Gazetteer) -> str | None:
    """The state a line's label names as where its troops went or stay ("Sent to Russia",
    "Still in Russia"), or None."""
    start, end = _line(text, at)
    colon = text.find(":", start, end)
    if colon < 0:
        return None
    for m in mentions:
        if start <= m.start < colon:
            before = text[start : m.start].split()
            entity = gazetteer.get(m.entity)
            if (
                before
                and before[-1].lower() in _PLACE_WORDS
                and entity
                and entity.kind == "country"
            ):
                return gazetteer.actor_of(m.entity)
    return None


def box_section_facts(
    text: str,
    mentions: list[Mention],
    quantities: list[Quantity],
    gazetteer: Gazetteer,
    body: int,
) -> list[Quantity]:
    """`quantities` with the box lines' bracketed sources and the sections' one side; `body`
    is where the text after the headline starts (0 with no headline)."""
    if not any(q.sentence.startswith(BULLET_MARKS) for q in quantities):
        return quantities  # nearly every text: no bulleted line
    headings = [
        section_heading(text, q.start) if q.sentence.startswith(BULLET_MARKS) else None
        for q in quantities
    ]
    out = list(quantities)
    for k, (q, heading) in enumerate(zip(out, headings, strict=True)):
        if heading is not None and q.claimant is None:
            source = _bracket_source(text, q, mentions, gazetteer)
            if source is not None:
                out[k] = replace(q, claimant=source)
    headline = {
        gazetteer.actor_of(m.entity) for m in mentions
        if m.start < body and (e := gazetteer.get(m.entity)) is not None and e.kind == "country"
    }  # fmt: skip
    for heading in {h for h in headings if h is not None}:
        if people_heading(text[heading[0] : heading[1]]) is None:
            continue  # "HIGHLIGHTS OF THE REPORT": lines of any count, of any side
        members = [k for k, h in enumerate(headings) if h == heading and out[k].category in _PEOPLE]
        sides = {a for k in members if (a := out[k].actor) is not None}
        if not sides:
            hosts = {h for k in members if (h := _host(text, out[k].start, mentions, gazetteer))}
            if len(headline) == 2 and len(hosts) == 1 and hosts < headline:
                sides = headline - hosts
        if len(sides) != 1:
            continue
        side = next(iter(sides))
        for k in members:
            if out[k].actor is None:
                out[k] = replace(out[k], actor=side)
    return out
