"""A sentence that opens on the workings of the estimate just told: "The institute estimated
last year that the North had earned $20 billion. Its calculation assumed that Russia pays
$2,000 a month for each of the 15,000 soldiers sent." The possessive and the noun point back
at the estimate, so the sentence's figures are that estimate's inputs: told by the same
source and, when every figure of the estimate was history, history too, though no date of
their own says so. A sentence opening on anything else ("Its army has 15,000 soldiers") is
left alone, as is one after a sentence whose figures are news."""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.context import Sentence

_POSSESSIVES = frozenset({"its", "their"})
# The parts of an estimate a follow-up sentence explains.
_WORKINGS = frozenset(
    {"calculation", "calculations", "estimate", "estimates", "model", "analysis",
     "assumption", "assumptions", "method", "methodology", "arithmetic", "reckoning",
     "projection", "projections", "figure", "figures", "tally", "count"}
)  # fmt: skip


def worked_estimates(
    s: Sentence, found: list[Quantity], just_told: Sequence[Quantity]
) -> list[Quantity]:
    """`found` as the inputs of the estimate `just_told` when the sentence opens on its
    workings ("Its calculation assumed ...")."""
    if not found or not just_told or s.start + 1 >= s.end:
        return found
    if s.lowers[s.start] not in _POSSESSIVES or s.lowers[s.start + 1] not in _WORKINGS:
        return found  # nearly every sentence: two set tests
    if any(q.modality is not Modality.BACKGROUND for q in just_told):
        return found  # "Its estimate is now 15,000": an estimate still current stays news
    sources = {q.claimant for q in just_told}
    source = sources.pop() if len(sources) == 1 else None
    return [
        replace(
            q,
            modality=Modality.BACKGROUND if q.modality is Modality.REPORTED else q.modality,
            claimant=q.claimant if q.claimant is not None else source,
        )
        for q in found
    ]
