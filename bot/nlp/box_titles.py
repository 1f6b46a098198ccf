"""A box of bulleted figures under a title in capitals that names its source: "KEY POINTS
OF THE NIS BRIEFING" above "- Deaths: about 2,300" and "- Troops now in Russia: roughly
10,000". The title says, once for the whole box, whose figures the lines give, so a line's
figure with no source of its own is the titled body's; and the box sums up one side's
count, so a line's ownerless figure is the side the box's other lines name ("Deaths: about
2,300" read as North Korean deaths makes "Troops now in Russia" North Korean troops too).

Only a title in capitals, without a final stop, a few words long, that names exactly one body
or person (not a country: "RUSSIA" above a list says whose figures the lines count, not who
counts them), and only bulleted lines right under it."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Claimant, Mention, Quantity
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.list_lead_ins import line_above

_BULLETS = ("- ", "• ", "* ", "– ", "— ", "· ", "▪ ")
_MAX_TITLE = 10  # words: "KEY POINTS OF THE NIS BRIEFING"
_MAX_LINES = 20  # bulleted lines between a figure's line and its box's title
_SOURCES = frozenset({"org", "person"})
_FINAL = (".", "!", "?", ":", ";", '"', "”")


def _title_above(text: str, at: int) -> tuple[int, int] | None:
    """The span of the title line of the bulleted box holding character `at`, or None."""
    span = line_above(text, at, lambda line: line.startswith(_BULLETS), _MAX_LINES)
    return span if span is not None and _is_title(text[span[0] : span[1]].strip()) else None


def _is_title(line: str) -> bool:
    words = line.split()
    return (
        0 < len(words) <= _MAX_TITLE
        and line.upper() == line
        and line.lower() != line
        and not line.endswith(_FINAL)
    )


def _title_source(
    span: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer
) -> Claimant | None:
    """The one body or person the title names, as a claimant."""
    named: set[str] = set()
    for m in mentions:
        if span[0] <= m.start < span[1]:
            entity = gazetteer.get(m.entity)
            if entity is None or entity.kind not in _SOURCES:
                return None  # "RUSSIA AND THE NIS": a country in the title: no source alone
            named.add(m.entity)
    if len(named) != 1:
        return None
    name = named.pop()
    entity = gazetteer.get(name)
    country = None if entity is None else entity.country
    return Claimant(name=name, entities=(name,) if country is None else (name, country))


def box_title_sources(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """`quantities` with the bulleted lines' unsourced figures given to the source their
    box's title names, and their ownerless figures to the one side the box's lines name."""
    if not any(q.claimant is None and q.sentence.startswith(_BULLETS) for q in quantities):
        return quantities  # nearly every text: no unsourced figure on a bulleted line
    titles: list[tuple[int, int] | None] = [
        _title_above(text, q.start) if q.sentence.startswith(_BULLETS) else None
        for q in quantities
    ]
    sources: dict[tuple[int, int], Claimant | None] = {}
    sides: dict[tuple[int, int], set[str]] = {}
    for q, title in zip(quantities, titles, strict=True):
        if title is None:
            continue
        if title not in sources:
            sources[title] = _title_source(title, mentions, gazetteer)
        if q.actor is not None:
            sides.setdefault(title, set()).add(q.actor)
    out: list[Quantity] = []
    for q, title in zip(quantities, titles, strict=True):
        source = None if title is None else sources[title]
        if title is None or source is None:
            out.append(q)
            continue
        if q.claimant is None:
            q = replace(q, claimant=source)
        side = sides.get(title, set())
        if q.actor is None and len(side) == 1:
            q = replace(q, actor=next(iter(side)))
        out.append(q)
    return out
