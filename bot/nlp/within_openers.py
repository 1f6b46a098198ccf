"""Figures dated by an earlier step: "Within weeks of the Duma vote, the North had some
11,000 troops in Russia's Kursk region". A sentence opened by "Within weeks (days, months)
of the ..." places what it tells after something already told and over, in the story's
past: the figures are that stretch's history, not the news of the day. A bare "within"
elsewhere ("within weeks, Seoul says") sets no such anchor."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.context import Sentence

_SPANS = frozenset({"days", "weeks", "months", "hours"})
_ANCHORS = frozenset({"the", "its", "their", "his", "her"})


def within_anchor_figures(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """`found` made background when the sentence opens "Within weeks of the <step>"."""
    if not found or s.lowers[s.start] != "within" or s.start + 3 >= s.end:
        return found  # nearly every sentence: one test
    lead = s.lowers[s.start + 1 : s.start + 4]
    if lead[0] not in _SPANS or lead[1] != "of" or lead[2] not in _ANCHORS:
        return found
    return [
        replace(q, modality=Modality.BACKGROUND) if q.modality is Modality.REPORTED else q
        for q in found
    ]
