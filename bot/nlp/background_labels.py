"""Paragraphs a page labels as background: "Background: In early January, the president put
the losses at about 3,800." Agency and news-site styles open paragraphs with a bold label
("Details:", "Quote:", "Background:"); the background one recaps earlier news, so whatever it
tells as done is background, not this article's news. Plans stay plans ("Background: ... said
North Korea would send 1,000 sappers"): the label dates the telling, not the plan."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Modality, Quantity

# Labels that mark a recap of earlier news; "Details:" and "Quote:" carry the news itself.
_LABELS = ("background:", "context:", "backstory:", "recap:")


def _labelled(text: str, at: int) -> bool:
    """Whether the line (paragraph) holding offset `at` opens with a background label."""
    start = text.rfind("\n", 0, at) + 1
    return text[start : start + 12].lstrip().lower().startswith(_LABELS)


def background_paragraphs(
    text: str, quantities: list[Quantity], events: list[Event]
) -> tuple[list[Quantity], list[Event]]:
    """`quantities` and `events` with what a labelled background paragraph reports as done
    made background."""
    # Every label ends in a colon: a text without one skips lower-casing the whole of it,
    # and one with a colon is lower-cased once, not once per label.
    if ":" not in text:
        return quantities, events
    lowered = text.lower()
    if not any(label in lowered for label in _LABELS):
        return quantities, events  # most texts: no such label
    quantities = [
        replace(q, modality=Modality.BACKGROUND)
        if q.modality is Modality.REPORTED and _labelled(text, q.start) else q
        for q in quantities
    ]  # fmt: skip
    events = [
        replace(e, modality=Modality.BACKGROUND)
        if e.modality is Modality.REPORTED and _labelled(text, e.start) else e
        for e in events
    ]  # fmt: skip
    return quantities, events
