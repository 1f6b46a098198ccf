"""Verdicts of untruth that the word list of dismissals.py does not catch on its own.

- The content a verb of condemnation brands untrue: "The embassy called reports of 10,000
  soldiers 'a fabrication'". The noun "reports" reads as a claim cue of its own, nearer the
  figure than "called"; but it is what the subject calls untrue, so the figure is the
  subject's denial, not the reports' claim.
- The Russian officials' idiom for a planted falsehood, as it comes out in English: "reports
  of 3,000 soldiers were 'an information provocation'", "called the figure information
  warfare". Neither noun alone says "false" ("called the drills a provocation" disputes no
  figure), so only the pair after a verb of being or of calling is a verdict.
"""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import QUOTES, Sentence

# "information provocation" (информационная провокация), "information warfare", "an
# information attack", "information sabotage", "an information dump" (вброс).
_INFORMATION_NOUNS = frozenset(
    {"provocation", "provocations", "warfare", "war", "attack", "attacks", "sabotage",
     "dump", "stuffing", "operation"}
)  # fmt: skip
# What links the claim to the verdict: "were an information provocation", "called it ...".
_LINKS = frozenset(
    {"is", "are", "was", "were", "be", "been", "called", "calls", "call", "branded",
     "brands", "labelled", "labeled", "dismissed", "described", "describes", "termed"}
)  # fmt: skip
# Words that may stand between the link and the verdict: articles, quotes, emphasis.
_FILLERS = frozenset({"a", "an", "another", "pure", "sheer", "blatant", "deliberate", "as",
                      "yet", "outright", "planned", "just"}) | QUOTES  # fmt: skip


def information_verdict(s: Sentence) -> int | None:
    """The token of "information" in an "information provocation"-style verdict that a verb
    of being or calling puts on a claim, or None."""
    if "information" not in s.words:
        return None  # nearly every sentence: one set test
    lowers = s.lowers
    for k in range(s.start + 1, s.end - 1):
        if lowers[k] != "information" or lowers[k + 1] not in _INFORMATION_NOUNS:
            continue
        j = k - 1
        while j > s.start and lowers[j] in _FILLERS:
            j -= 1
        if lowers[j] in _LINKS:
            return k
    return None


def branded_content(
    s: Sentence, cues: list[ClaimCue], branding: ClaimCue, verdicts: frozenset[str]
) -> list[ClaimCue]:
    """The cues between a verb of condemnation and its verdict ("called [reports] of N 'a
    fabrication'") made the condemning subject's denials."""
    verdict = next((k for k in range(branding.verb + 1, s.end) if s.lowers[k] in verdicts), None)
    if verdict is None or branding.claimant is None:
        return cues
    return [
        c._replace(denied=True, claimant=branding.claimant)
        if branding.verb < c.verb < verdict else c
        for c in cues
    ]  # fmt: skip
