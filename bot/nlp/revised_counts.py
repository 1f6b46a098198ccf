"""A source that revises its own count claims the new one: "the Pentagon raised its own
count on Monday: about 10,000 North Korean soldiers are now in Russia, it said". The
revising verb names the source before the figure; the "it said" after it only repeats it."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, claim_at
from bot.nlp.context import Sentence

REVISING = frozenset(
    {"raised", "raises", "lowered", "lowers", "revised", "revises", "updated", "updates",
     "increased", "increases", "cut", "cuts", "upped", "ups"}
)  # fmt: skip
COUNT_NOUNS = frozenset({"count", "estimate", "figure", "tally", "assessment", "toll"})
OWN = frozenset({"its", "their", "his", "her", "own"})


def revised_count_cues(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """Claim cues at "<source> raised its (own) count/estimate" verbs before a pronoun's
    report in the same sentence."""
    words = s.words
    if REVISING.isdisjoint(words) or COUNT_NOUNS.isdisjoint(words):
        return []  # nearly every sentence: two set tests
    # Only where a pronoun's report follows ("..., it said"): that "it" would otherwise be
    # carried over from an earlier sentence; a revision on its own ("the agency raised its
    # figure to 3,000") keeps the carried source and its dating.
    pronoun = min((c.verb for c in cues if c.claimant is None and _set_off(s, c)), default=None)
    if pronoun is None:
        return []
    told = {c.verb for c in cues}
    out: list[ClaimCue] = []
    for k in range(s.start + 1, s.end - 2):
        if s.lowers[k] not in REVISING or k in told or k > pronoun:
            continue
        j = k + 1
        while j < s.end and s.lowers[j] in OWN:
            j += 1
        if j == k + 1 or j >= s.end or s.lowers[j] not in COUNT_NOUNS:
            continue
        cue = claim_at(s, k, denied=False)
        if cue is not None and cue.claimant is not None and cue.end <= k:
            out.append(cue)
    return out


def _set_off(s: Sentence, cue: ClaimCue) -> bool:
    """", it said": a pronoun's report set off after the figure it tells."""
    return cue.start - 1 > s.start and s.lowers[cue.start - 1] == "," and (
        s.lowers[cue.verb] in _SAID
    )


_SAID = frozenset({"said", "says", "added", "adds", "stated"})
