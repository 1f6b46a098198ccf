"""Subheadings and key-point bullets, which sum up the text below them.

Subheadings of live pages and long reads ("Pentagon: about 3,000 North Korean soldiers in
Russia", a line with no final stop) sum up the paragraph below them. A figure the next line
tells again is that paragraph's fact, with its source and date: the subheading's copy goes."""

from __future__ import annotations

from bot.models import Event, Quantity
from bot.nlp.bracketed_sources import other_sources
from bot.nlp.sourced_value_lines import dated_source_line

# How a line that is a sentence ends; a heading or a bullet ends without one of these.
LINE_FINAL = (".", "!", "?", "'", '"', "”", "’", ")")


def line_at(text: str, at: int) -> tuple[int, int]:
    """(start, end) character offsets of the line holding offset `at`."""
    start = text.rfind("\n", 0, at) + 1
    end = text.find("\n", at)
    return start, len(text) if end < 0 else end


def drop_restated_subheads(text: str, quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` without the subheadings' figures that the following line repeats."""
    if "\n" not in text:
        return list(quantities)  # one line: no line below any figure's
    kept: list[Quantity] = []
    for q in quantities:
        start, end = line_at(text, q.start)
        line = text[start:end].strip()
        if q.value is None or not line or line.endswith(LINE_FINAL) or end >= len(text):
            kept.append(q)
            continue
        below = line_at(text, end + 1)
        repeated = any(
            below[0] <= r.start < below[1]
            and (r.value, r.value_max, r.measure) == (q.value, q.value_max, q.measure)
            for r in quantities
        )
        if not repeated or dated_source_line(text, q.start):  # "• HUR, May: 10,000"
            kept.append(q)
    return kept


_BULLETS = ("•", "·", "▪", "*")


def drop_restated_bullets(
    text: str, quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """Key-point bullets ("• Russian lawmakers vote to ratify defence pact") sum up the story
    below them as a headline does: a figure or step the text tells again later is kept in
    its later telling, with its source and tense."""
    if not any(bullet in text for bullet in _BULLETS):
        return list(quantities), list(events)  # no bullet, no key point: most texts

    def summary(start: int) -> int | None:
        first, end = line_at(text, start)
        line = text[first:end].strip()
        return end if line.startswith(_BULLETS) and not line.endswith(LINE_FINAL) else None

    kept_quantities = []
    for q in quantities:
        end = summary(q.start)
        key = (q.value, q.value_max, q.measure)
        if q.value is None or end is None or not any(
            r.start > end
            and (r.value, r.value_max, r.measure) == key
            and not other_sources(q, r.claimant)  # two sources' estimates
            for r in quantities
        ) or dated_source_line(text, q.start):
            kept_quantities.append(q)
    kept_events = []
    for e in events:
        end = summary(e.start)
        key2 = (e.stage, frozenset(e.parties))
        if end is None or not any(
            o.start > end and (o.stage, frozenset(o.parties)) == key2 for o in events
        ):
            kept_events.append(e)
    return kept_quantities, kept_events
