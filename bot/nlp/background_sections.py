"""Sections a page heads as history: "EARLIER ESTIMATES", "A LONG HISTORY", "BACKGROUND".
Long Korean-daily and wire features split the body with capitalised subheads, and the one
that names the past gathers the earlier figures and steps the story recalls; what it tells
as done is background until the next subhead. Plans stay plans, an army's whole size is
reference knowledge of no date, and a subhead that names no
past ("SEOUL'S RESPONSE", "ESTIMATES DIFFER") changes nothing."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Event, Modality, Quantity
from bot.nlp.timeline_runs import timeline_end

# Words of a subhead that names the past; matched in capitals, as subheads are set.
_PAST_WORDS = ("EARLIER", "HISTORY", "BACKGROUND", "PREVIOUS", "TIMELINE", "RECAP")
_PAST_HEAD = re.compile(r"\b(?:" + "|".join(_PAST_WORDS) + r")\b")
_HEAD_CHARS = 60  # a subhead is a short line


def _subhead(line: str) -> bool:
    """A short line set all in capitals, with no closing full stop."""
    line = line.strip()
    return (
        0 < len(line) <= _HEAD_CHARS and line.upper() == line and not line.endswith(".")
        and sum(c.isalpha() for c in line) >= 4
    )  # fmt: skip


def _past_sections(text: str) -> list[tuple[int, int]]:
    """[start, end) offsets of each section a past-naming subhead opens."""
    spans: list[tuple[int, int]] = []
    opened: int | None = None
    at = 0
    for line in text.split("\n"):
        if _subhead(line):
            if opened is not None:
                spans.append((opened, at))
            opened = at + len(line) if _PAST_HEAD.search(line) else None
        at += len(line) + 1
    if opened is not None:
        spans.append((opened, len(text)))
    # "TIMELINE" over dated lines, then the body again with no subhead: the run of entries.
    return [(a, min(b, timeline_end(text, a) or b)) for a, b in spans]


def background_sections(
    text: str, quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """`quantities` and `events` with what a history section reports as done made
    background."""
    if not any(word in text for word in _PAST_WORDS):
        return quantities, events  # nearly every text: a few substring scans in C
    return spans_as_background(_past_sections(text), quantities, events)


def spans_as_background(
    spans: list[tuple[int, int]], quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """What the [start, end) character `spans` tell as done, made background. Plans stay
    plans, and an army's whole size is reference knowledge of no date."""
    if not spans:
        return quantities, events

    def inside(at: int) -> bool:
        return any(a <= at < b for a, b in spans)

    quantities = [
        replace(q, modality=Modality.BACKGROUND)
        if q.modality is Modality.REPORTED and not q.whole_force and inside(q.start) else q
        for q in quantities
    ]  # fmt: skip
    events = [
        replace(e, modality=Modality.BACKGROUND)
        if e.modality is Modality.REPORTED and inside(e.start) else e
        for e in events
    ]  # fmt: skip
    return quantities, events
