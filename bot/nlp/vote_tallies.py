"""Vote counts told with a treaty step take the step's time."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Event, Modality, Quantity


def tallies_follow_steps(quantities: list[Quantity], events: list[Event]) -> list[Quantity]:
    """A count of votes belongs to the vote: told with a step that is the treaty's history
    ("passed the bill last month with 410 votes"), it is history too."""
    told = {e.modality for e in events if e.modality is not Modality.REPORTED}
    if len(told) != 1 or not any(q.measure == "vote" for q in quantities):
        return quantities
    modality = told.pop()
    return [
        replace(q, modality=modality) if q.measure == "vote" and q.modality is Modality.REPORTED
        else q
        for q in quantities
    ]  # fmt: skip
