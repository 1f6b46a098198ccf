"""A fact sheet by country: a heading in capitals that is one country's name ("POLAND"),
then short "Label: value" lines ("Active soldiers: about 216,000", "Target: 300,000"). The
heading says once, for every line under it, whose figures the lines give; a line's figure
with no owner of its own is the heading country's.

Only a heading in capitals of a few words with no final stop that names exactly one country
and nothing else, and only unbroken label lines under it (a blank line or a line of prose
ends the sheet). box_titles reads the other kind of capitals title, one naming a source."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.subheads import LINE_FINAL, line_at

_MAX_HEADING = 4  # words: "NORTH KOREA", "UNITED KINGDOM"
_MAX_LABEL = 8  # words before a label line's colon: "Sent to Russia since 2024"
_MAX_LINES = 12  # label lines between a figure's line and its heading


def _label_line(line: str) -> bool:
    """Whether `line` reads "Label: value" with a short label and no sentence's final stop."""
    colon = line.find(": ")
    return (
        colon > 0
        and len(line[:colon].split()) <= _MAX_LABEL
        and not line.endswith(LINE_FINAL)
    )


def _heading_above(text: str, at: int) -> tuple[int, int] | None:
    """The span of the capitals heading over the label line holding `at`, or None."""
    start, _ = line_at(text, at)
    for _ in range(_MAX_LINES):
        if start == 0:
            return None
        above = text.rfind("\n", 0, start - 1) + 1
        line = text[above : start - 1].strip()
        if not line:
            return None  # a blank line ends the sheet
        if not _label_line(line):
            words = line.split()
            heading = (
                len(words) <= _MAX_HEADING and line.upper() == line and line.lower() != line
                and not line.endswith((*LINE_FINAL, ":"))
            )  # fmt: skip
            return (above, start - 1) if heading else None
        start = above
    return None


def _heading_country(
    text: str, span: tuple[int, int], mentions: list[Mention], gazetteer: Gazetteer
) -> str | None:
    """The one country the heading is the name of: its mention spans the whole line."""
    line = text[span[0] : span[1]].strip()
    named = [m for m in mentions if span[0] <= m.start < span[1]]
    if len(named) != 1 or named[0].end - named[0].start != len(line):
        return None
    entity = gazetteer.get(named[0].entity)
    return None if entity is None or entity.kind != "country" else named[0].entity


def country_heading_owners(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """`quantities` with the ownerless figures of label lines under a country's capitals
    heading given to that country."""
    if ":" not in text or all(q.actor is not None for q in quantities):
        return quantities  # nearly every text: no label line or no ownerless figure
    out: list[Quantity] = []
    headings: dict[tuple[int, int], str | None] = {}
    for q in quantities:
        start, end = line_at(text, q.start)
        if q.actor is None and _label_line(text[start:end].strip()):
            span = _heading_above(text, q.start)
            if span is not None:
                if span not in headings:
                    headings[span] = _heading_country(text, span, mentions, gazetteer)
                country = headings[span]
                if country is not None:
                    q = replace(q, actor=country)
        out.append(q)
    return out
