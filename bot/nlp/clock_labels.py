"""A live blog's entry opens on its clock time and the source it relays: "13:05 General Staff:
the enemy's losses over the past day amounted to 1,050 personnel", "16:40 Air Force: 96
drones were shot down". The label after the time says who reported the entry, even when
what follows is a whole sentence rather than a bare estimate (which `source_labels` wants),
so a figure of the entry that names no source of its own is the label's.

Only a label at the start of its line, right after a "HH:MM" time, that names a body: an
organisation or person the gazetteer knows ("14:40 HUR:"), or capitalised words ending on a
body's noun ("General Staff", "Air Force", "Defence Ministry"). A place label ("09:35
Kharkiv:", "18:30 London:") says where the entry happened, not who tells it, and a figure
with a source of its own ("..., the mayor said") keeps it."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Claimant, Quantity
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence
from bot.nlp.source_labels import label_colon

# "13:05", "9.40": the entry's time, one token.
_CLOCK = re.compile(r"^\d{1,2}[:.]\d{2}$")
_MAX_LABEL = 5  # words from the time to the colon: "Ministry of Foreign Affairs"
_SOURCES = frozenset({"person", "org"})
# The last word of an unnamed body's label: "General Staff", "Air Force", "Border Guard".
_BODY_NOUNS = frozenset({
    "staff", "force", "forces", "ministry", "command", "service", "office", "guard",
    "police", "administration", "council", "agency", "directorate", "army", "navy",
    "spokesman", "spokeswoman", "spokesperson", "presidency", "government", "prosecutor",
})  # fmt: skip


def clock_label_claims(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """The figures of a stamped live-blog entry ("13:05 General Staff: ...") that name no
    source of their own, given to the label's body."""
    if not found or ":" not in s.words:
        return found  # nearly every sentence: no figure or no colon
    label = _clock_label(s)
    if label is None:
        return found
    colon, source = label
    after = s.char_span(colon, colon + 1)[1]
    line = s.text
    return [replace(q, claimant=source) if q.start >= after and not _own(q, line) else q
            for q in found]  # fmt: skip


def _own(q: Quantity, line: str) -> bool:
    """Whether the figure names a source on its own line ("..., the ministry said"); one
    carried from the line before (the page's "as reported by our correspondents") is not."""
    return q.claimant is not None and q.claimant.name in line


def _clock_label(s: Sentence) -> tuple[int, Claimant] | None:
    """The colon closing the entry's source label after its time, and the label's source."""
    if s.start > 0 and "\n" not in s.lowers[s.start - 1]:
        return None  # the line's second sentence
    first = s.start
    while first < s.end and s.lowers[first].isspace():
        first += 1
    if first >= s.end or not _CLOCK.match(s.lowers[first]):
        return None
    start = first + 1
    colon = label_colon(s, start, _MAX_LABEL)
    if colon is None:
        return None
    names = s.mentions_between(start, colon)
    if names:
        # "14:40 HUR:" names the source; "09:35 Kharkiv:" names a place.
        if names[-1].kind not in _SOURCES or names[-1].end != colon:
            return None
        named = name_claimant(s, start, colon)
        return (colon, named) if named is not None else None
    words = s.texts[start:colon]
    if not all(w[:1].isupper() or w.lower() in {"of", "for", "and"} for w in words):
        return None
    if s.lowers[colon - 1] not in _BODY_NOUNS:
        return None
    return colon, Claimant(" ".join(words))
