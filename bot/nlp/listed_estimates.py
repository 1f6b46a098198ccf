"""A list of sources' estimates under a lead-in that says whose people they count:
"Estimates of North Korean casualties vary widely. Here are the main ones:" above
"- HUR: about 4,000, including more than 1,000 killed" and "- NIS: some 3,000". Each line
names only its source; the lead-in names, once for the whole list, the people counted, so an
ownerless count of troops or casualties on a line is theirs. Short capitalised lines between
the lead-in and the lines ("UKRAINE", "SOUTH KOREA") only group the sources by country.

Only a lead-in that ends in a colon (it announces the list) and names a country's people by
the noun it counts ("North Korean casualties", "Russian troops"): a lead-in that names a
country any other way ("Ukraine says:") says whose estimates they are, not whose dead."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.bullets import BULLET_MARKS
from bot.nlp.context import Sentence
from bot.nlp.list_lead_ins import line_above

_PEOPLE = frozenset({"troop", "casualty"})
# The nouns a lead-in counts a country's people by, right after its demonym.
_COUNTED = frozenset(
    {"casualties", "losses", "dead", "deaths", "troops", "soldiers", "forces", "servicemen"}
)
_MAX_LINES = 20  # lines between a list line and its lead-in: sources and their headings
_HEADING_WORDS = 5  # "RUSSIA AND NORTH KOREA": a grouping heading is a few words


def listed_estimate_owner(
    s: Sentence, found: list[Quantity], mentions: list[Mention]
) -> list[Quantity]:
    """The bulleted line's ownerless troop and casualty counts given to the people its
    list's lead-in counts."""
    if not s.lowers[s.start : s.start + 1] or s.texts[s.start] not in BULLET_MARKS:
        return found  # nearly every sentence: no bulleted line
    if not any(q.actor is None and q.category in _PEOPLE for q in found):
        return found
    text = s.tokens.text
    span = _lead_in(text, s.char_span(s.start, s.start + 1)[0])
    if span is None:
        return found
    owner = _counted_people(s, text, span, mentions)
    if owner is None:
        return found
    return [
        replace(q, actor=owner) if q.actor is None and q.category in _PEOPLE else q for q in found
    ]


def _is_heading(line: str) -> bool:
    """A short line in capitals that groups the list's lines ("SOUTH KOREA")."""
    words = line.split()
    return 0 < len(words) <= _HEADING_WORDS and line.upper() == line and line.lower() != line


def _lead_in(text: str, at: int) -> tuple[int, int] | None:
    """The character span of the colon-ended line leading into the list holding `at`."""
    span = line_above(
        text, at, lambda line: line.startswith(BULLET_MARKS) or _is_heading(line), _MAX_LINES
    )
    return span if span is not None and text[span[0] : span[1]].strip().endswith(":") else None


def _counted_people(
    s: Sentence, text: str, span: tuple[int, int], mentions: list[Mention]
) -> str | None:
    """The country whose people the lead-in counts ("North Korean casualties"), or None."""
    for m in mentions:
        if not span[0] <= m.start < span[1]:
            continue
        word = text[m.end : m.end + 16].split()[:1]
        if not word or word[0].strip(",.;:").lower() not in _COUNTED:
            continue
        entity = s.gazetteer.get(m.entity)
        if entity is not None and entity.kind == "country":
            return s.gazetteer.actor_of(m.entity)
    return None
