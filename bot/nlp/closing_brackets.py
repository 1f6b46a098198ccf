"""The bracket that closes a "Label: value" line of a box or list: "• Troops in the border
region: about 9,000 (HUR)", "• Killed since the offensive began: more than 300 (President
Ivan Petrenko, video address, March 3)", "- Sent in all: about 8,000 soldiers plus 2,000
builders (NIS, May)". The bracket is the line's source, as "X said" would be in prose, even
when its first part is followed by the occasion and the date it was given, and even when the
value stands several words before it: the line has no other place for a source. A source
carried from a lead-in ("Key figures reported this week:") or from the line's other half
("...; Ukraine's HUR says more than 6,500 (this week)") gives way to it.

A bracket that dates its source to a month and no day ("(NIS, May)") tells the figure as
that month's briefing, so the line's count is background, as a claim "told in May" is in
prose; a day ("March 3") keeps it the news of its day.

Only bulleted lines with a colon label before the value, and only brackets whose first part
names exactly one body or person (or a body with its own country: "(Ukraine's HUR)"); a
line cut by semicolons is read part by part, each part up to its own bracket."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Mention, Modality, Quantity
from bot.nlp.bracketed_sources import bracket_source
from bot.nlp.bullets import BULLET_MARKS
from bot.nlp.gazetteer import Gazetteer

# The bracket that ends a part of a line, holding no bracket of its own.
_CLOSING = re.compile(r"\(([^()\n]{2,100})\)\s*$")
_MAX_WORDS = 10  # "(President Ivan Petrenko, video address, March 3)"
_MONTH_ONLY = re.compile(
    r"^(?:January|February|March|April|May|June|July|August|September|October|November"
    r"|December)(?:\s+(?:19|20)\d{2})?$"
)


def _part(text: str, at: int) -> tuple[int, int]:
    """[start, end) of the semicolon-cut part of the line holding `at`."""
    line_start = text.rfind("\n", 0, at) + 1
    line_end = text.find("\n", at)
    line_end = len(text) if line_end < 0 else line_end
    start = max(line_start, text.rfind(";", line_start, at) + 1)
    end = text.find(";", at, line_end)
    return start, line_end if end < 0 else end


def closing_bracket_sources(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """`quantities` with the figures of bulleted "Label: value (Source, ...)" lines given
    the bracket's source, and made background when it dates them to a month alone."""
    if not any(q.sentence.lstrip().startswith(BULLET_MARKS) for q in quantities):
        return quantities  # nearly every text: no bulleted line
    out: list[Quantity] = []
    for q in quantities:
        out.append(_read(text, q, mentions, gazetteer) or q)
    return out


def _read(text: str, q: Quantity, mentions: list[Mention], gazetteer: Gazetteer) -> Quantity | None:
    line_start = text.rfind("\n", 0, q.start) + 1
    if not text[line_start : q.start].lstrip().startswith(BULLET_MARKS):
        return None
    start, end = _part(text, q.start)
    found = _CLOSING.search(text, start, end)
    if found is None or found.start() < q.end or ":" not in text[start : q.start]:
        return None  # no closing bracket after the value, or no label before it
    inside = found.group(1)
    if len(inside.split()) > _MAX_WORDS:
        return None
    parts = inside.split(",")
    first = found.start(1)
    span = (first, first + len(parts[0]))
    source = bracket_source(text, span, mentions, gazetteer, country_bodies=False)
    if source is None:
        return None
    told = text[start : found.start()]
    if q.claimant is not None and q.claimant.name in told:
        return None  # the line's own "X says" before the bracket
    q = replace(q, claimant=source)
    dated = len(parts) > 1 and _MONTH_ONLY.match(parts[-1].strip()) is not None
    if dated and q.modality is Modality.REPORTED and not q.whole_force:
        q = replace(q, modality=Modality.BACKGROUND)
    return q
