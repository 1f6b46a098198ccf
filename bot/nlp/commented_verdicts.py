"""A refusal to comment that names what it will not discuss in the source's own scare-quoted
verdict: 'Peskov said the Kremlin did not comment on "speculation" about 11,000 troops',
'the ministry declined to comment on "fabrications" of 2,000 dead'. The quote marks give the
untrue-word to the source, so the figure after it is one the source dismisses, not one it
tells: an alert on it would state as news what the only named source waves away.

A plain refusal ("did not comment on reports of 11,000 troops") or the writer's own unquoted
word ("declined to comment on speculation that he would resign") judges nothing and is left
alone, as `refused_reports` leaves a refusal without a verdict.
"""

from __future__ import annotations

from dataclasses import replace

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import QUOTES, Sentence
from bot.nlp.refused_reports import VERDICTS

TRIGGERS = frozenset({"comment", "commented", "commenting", "comments"})
_NEGATIONS = frozenset({"not", "no", "declined", "refused", "declines", "refuses", "never",
                        "n't", "won't", "without"})  # fmt: skip
_TOPIC = frozenset({"on", "about"})
_FILLERS = frozenset({"the", "any", "such", "what", "it", "called", "he", "she", "they"})
_NEGATION_REACH = 3  # "did not want to comment", "declined to comment"


def commented_verdicts(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """The cues, those before a refusal to comment on a quoted verdict of untruth denied."""
    if not cues or VERDICTS.isdisjoint(s.words):
        return cues  # nearly every sentence with "comment": no verdict word at all
    verdict = _quoted_verdict(s)
    if verdict is None:
        return cues
    return [_deny(c) if c.verb < verdict else c for c in cues]


def _quoted_verdict(s: Sentence) -> int | None:
    lowers = s.lowers
    for k in range(s.start + 2, s.end):
        if lowers[k] not in VERDICTS or lowers[k - 1] not in QUOTES:
            continue
        j = k - 2
        while j > s.start and lowers[j] in _FILLERS:
            j -= 1  # 'on what he called "speculation"'
        if lowers[j] not in _TOPIC or lowers[j - 1] not in TRIGGERS:
            continue
        before = lowers[max(s.start, j - 1 - _NEGATION_REACH) : j - 1]
        if not _NEGATIONS.isdisjoint(before):
            return k
    return None


def _deny(c: ClaimCue) -> ClaimCue:
    if c.denied:
        return c
    if c.claimant is None:
        return c._replace(denied=True)
    return c._replace(denied=True, claimant=replace(c.claimant, denied=True))
