"""A briefing told over two sentences: "The NIS told lawmakers last month that about 6,000
workers had arrived. About 11,000 of them remain in Russia, the agency said." The second
sentence's "the agency said" has no date of its own, but it goes on with the same dated
briefing: its figures are that briefing's, told last month, so they are background as the
first sentence's are. A new date ("the agency said on Tuesday") or the present tense ("the
agency says") starts a claim of its own, which stays news."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.models import Claimant, Modality, Quantity
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

# A past reporting verb retells the same briefing; "says", "adds" speak now.
_PAST_SAYING = frozenset(
    {"said", "added", "told", "stated", "noted", "estimated", "reported", "placed", "pegged"}
)
# "It put the number of wounded at ...": "put" is past only after a singular subject, whose
# present is "puts" ("officials now put the number at" speaks now).
_SINGULAR = frozenset({"it", "he", "she"})


def same_briefing(
    s: Sentence, cues: Sequence[ClaimCue], found: list[Quantity], briefers: Sequence[Claimant],
    before: Sequence[Quantity],
) -> list[Quantity]:
    """`found` with the reported figures of a past-tensed, undated claim by a source whose
    dated briefing the sentence right before told (`briefers`, with figures `before`)."""
    if not briefers or not found or s.dates:
        return found  # nearly every sentence: no dated briefing just before
    # The whole account before must be history: "puts it at 12,000, up from the 11,000 it
    # reported in November" dates only the older figure, and the source speaks now.
    briefers = [b for b in briefers if _all_history(b, before)]
    retold = {
        c.claimant.entities for c in cues
        if c.claimant is not None and c.claimant.entities and not c.denied
        and (s.lowers[c.verb] in _PAST_SAYING
             or (s.lowers[c.verb] == "put" and s.lowers[c.verb - 1] in _SINGULAR))
    }  # fmt: skip
    if not retold.intersection(b.entities for b in briefers):
        return found
    return [
        replace(q, modality=Modality.BACKGROUND)
        if q.modality is Modality.REPORTED and q.claimant is not None
        and q.claimant.entities in retold
        else q
        for q in found
    ]  # fmt: skip


def _all_history(briefer: Claimant, before: Sequence[Quantity]) -> bool:
    told = [q for q in before if q.claimant is not None
            and q.claimant.entities == briefer.entities]  # fmt: skip
    return bool(told) and all(q.modality is Modality.BACKGROUND for q in told)
