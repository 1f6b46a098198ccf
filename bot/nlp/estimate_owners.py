"""Whose figure an estimate is: "Kyiv puts the number at about 12,000 soldiers" after the
previous sentence counted Russia's troops is Kyiv's estimate of Russia's troops. The
estimator names the source, not the owner; "it" or "the total" refers to what was just
counted, so the figure keeps that count's owner."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Quantity
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.figures import Figure
from bot.nlp.lexicon import ESTIMATE_VERBS

_REFERENCES = frozenset({"it", "them", "number", "figure", "total", "tally", "count", "toll",
                         "estimate", "size", "strength"})  # fmt: skip
_REACH = 6  # "puts the total sent at": the verb to "at"
_QUALIFIER_REACH = 4  # "at as many as 12,000": "at" to the number


def estimate_owner(
    s: Sentence, f: Figure, q: Quantity, cues: list[ClaimCue], previous: Quantity | None
) -> Quantity:
    """`q` owned by the count `previous` when an estimator's own name was read as owner."""
    if previous is None or q.actor is None or q.claimant is None or previous.actor is None:
        return q
    if previous.measure != q.measure or q.actor not in q.claimant.entities:
        return q
    at = next((k for k in range(f.num_start - 1, max(s.start, f.num_start - 1 -
                                                      _QUALIFIER_REACH), -1)
               if s.lowers[k] == "at"), None)  # fmt: skip
    if at is None:
        return q
    for cue in cues:
        estimates = s.lowers[cue.verb] in ESTIMATE_VERBS and at - _REACH <= cue.verb < at
        if estimates and not _REFERENCES.isdisjoint(s.lowers[cue.verb + 1 : at]):
            return replace(q, actor=previous.actor)
    return q
