"""Estimates revised over time: when a source's count is given as it stands now ("the
total now stood at around 12,000", "it now says about 300 have died"), the same source's
earlier counts of the same thing in the article are its history, not news."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Claimant, Modality, Quantity

_NOW = re.compile(r"\bnow\b", re.IGNORECASE)
# "Russia is now producing 2,700 drones a month": a rate counts output over time, never a
# newer count of one night's drones or of an army's size.
_RATE = re.compile(r"[\d,.]+(?:\s+[\w-]+){0,3}?\s+(?:a|per|each|every)\s+(?:day|week|month|year)\b",
                   re.IGNORECASE)
# "brought home about 4,000 of the soldiers it sent": a part of the force, never an earlier
# count of the whole a later "now" gives.
_PART = re.compile(r"[\d,.]+\s+of\s+(?:the|its|their|those)\b", re.IGNORECASE)
# "has sent about 4,000 fresh soldiers", "2,000 more troops": a batch added to the force,
# never an earlier count of the whole a later "now" gives.
_BATCH = re.compile(r"[\d,.]+\s+(?:fresh|more|additional|new|extra|replacement)\b",
                    re.IGNORECASE)


def older_estimates(quantities: list[Quantity]) -> list[Quantity]:
    """`quantities` in article order, with counts a later "now" figure replaces made
    background."""
    result = list(quantities)
    for k, current in enumerate(result):
        if current.actor is None or current.modality is not Modality.REPORTED:
            continue
        at = _position(current)
        if not _NOW.search(current.sentence[:at]) or _RATE.match(current.sentence, at):
            continue
        for j in range(k):
            old = result[j]
            if (
                old.modality is Modality.REPORTED
                and old.sentence != current.sentence
                and (old.measure, old.actor) == (current.measure, current.actor)
                # "the armed forces now number 1.5 million" is the whole army, not a newer
                # count of the 710,000 deployed in Ukraine.
                and old.whole_force == current.whole_force
                and _same_source(old.claimant, current.claimant)
                and not _PART.match(old.sentence, _position(old))
                and not _BATCH.match(old.sentence, _position(old))
            ):
                result[j] = replace(old, modality=Modality.BACKGROUND)
    return result


def _position(q: Quantity) -> int:
    """Where the figure sits in its sentence, so that "now" is looked for before it only.
    A quantity does not carry its offset in the sentence: its number as usually written is
    looked up, else the whole sentence counts."""
    if q.value is None:
        return len(q.sentence)
    digits = f"{q.value:,.0f}" if q.value >= 1000 else f"{q.value:g}"
    at = q.sentence.find(digits)
    return at if at >= 0 else len(q.sentence)


def _same_source(old: Claimant | None, new: Claimant | None) -> bool:
    """An unattributed earlier count, or one from the same named source."""
    if old is None or new is None:
        return True
    if old.name.lower() == new.name.lower():
        return True
    return bool(set(old.entities) & set(new.entities))
