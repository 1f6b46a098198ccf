"""A denial that shares its subject with a report before it: "Rudenko said the treaty was
defensive and dismissed as 'an invention' media reports that 12,000 soldiers were there".
The denying verb right after "and" has no subject of its own, so the finder of claims
skips it and the figure would go to the first verb's speaker as his own claim."""

from __future__ import annotations

from dataclasses import replace

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.lexicon import DENY_VERBS

_BETWEEN = frozenset({"also", "later", "then", "flatly"})  # "and also dismissed"


def coordinated_denials(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """The cues with a denied cue added for each subjectless denying verb after "and", its
    speaker the nearest earlier cue's."""
    if not cues or "and" not in s.words or DENY_VERBS.isdisjoint(s.words):
        return cues  # nearly every sentence: set tests
    told = {c.verb for c in cues}
    added: list[ClaimCue] = []
    for k in range(s.start + 1, s.end):
        if s.lowers[k] not in DENY_VERBS or k in told or not s.texts[k].islower():
            continue
        j = k - 1
        while j > s.start and s.lowers[j] in _BETWEEN:
            j -= 1
        if s.lowers[j] != "and":
            continue
        first = max((c for c in cues if c.verb < j and c.claimant is not None),
                    key=lambda c: c.verb, default=None)  # fmt: skip
        if first is None or first.claimant is None or first.start > first.verb:
            continue  # '"...," said X, and rejected ...' is a speaker after his words
        claimant = replace(first.claimant, denied=True)
        added.append(ClaimCue(k, first.start, first.end, claimant, True))
    return sorted([*cues, *added], key=lambda c: c.verb) if added else cues
