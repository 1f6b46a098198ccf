"""A verdict of contempt set before a described claim: 'described as "absurd" the assertions of
Seoul that 10,000 troops had been sent', "branded as ridiculous the reports that ...".
English fronts the short "as" complement before a long object; the object is a claim noun,
so its "that" clause is what the subject calls untrue, and the figure is the subject's denial
(as "dismissed as 'absurd' Kyiv's claims" is, fronted_verdicts.py). The verbs of describing
are no denial on their own, and "absurd" or "ridiculous" are not among the untrue words of
dismissals.py (an "absurd" plan is no false report), so neither rule reads this order. Only
the fronted order with a claim noun and "that" is read: 'described the talks as "absurd"'
or 'described as "historic" the claims that ...' stay as they are."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, claim_at
from bot.nlp.context import QUOTES, Sentence

_DESCRIBING = frozenset(
    {"described", "describes", "characterised", "characterized", "characterises",
     "characterizes", "portrayed", "portrays", "branded", "brands", "labelled", "labeled",
     "labels"}
)  # fmt: skip
# Verdicts of untruth or contempt for a claim, in officials' and agencies' stock wording.
_VERDICTS = frozenset(
    {"absurd", "ridiculous", "preposterous", "groundless", "baseless", "unfounded", "untrue",
     "false", "fabricated", "fabrication", "lie", "lies", "nonsense", "fantasy", "fantasies",
     "fiction", "fake", "disinformation", "far-fetched", "delusional", "laughable"}
)  # fmt: skip
_CLAIM_NOUNS = frozenset(
    {"claim", "claims", "assertion", "assertions", "allegation", "allegations", "report",
     "reports", "estimate", "estimates", "statement", "statements", "suggestion",
     "suggestions"}
)  # fmt: skip
_AS_REACH = 4  # 'as "absurd"', "as a sheer fabrication": a short complement, quotes aside
_OBJECT_REACH = 4  # "the", "recent", "Ukrainian", "media" before the claim noun
# "the assertions of the South Korean National Intelligence Service that": the owner's name
# may stand between the noun and its clause.
_CLAUSE_REACH = 12


def described_denials(s: Sentence) -> list[ClaimCue]:
    """A denial cue at a describing verb whose fronted "as" verdict precedes a claim noun."""
    if "as" not in s.words or _DESCRIBING.isdisjoint(s.words) or _VERDICTS.isdisjoint(s.words):
        return []  # nearly every sentence: three set tests
    for k in range(s.start + 1, s.end - 2):
        if s.lowers[k] not in _DESCRIBING or s.lowers[k + 1] != "as":
            continue
        obj = _after_verdict(s, k + 2)
        if obj is None or not _claim_object(s, obj):
            continue
        cue = claim_at(s, k, denied=True)
        if cue is not None and cue.claimant is not None and cue.start < k:
            return [cue]
    return []


def _after_verdict(s: Sentence, j: int) -> int | None:
    """The first word after the verdict word of a short complement ('"a sheer fabrication"'
    ends at "fabrication", its quote skipped), or None without one."""
    words = 0
    while j < s.end and words < _AS_REACH:
        word = s.lowers[j]
        j += 1
        if word in QUOTES:
            continue
        if word in {",", ";", ":", "."}:
            return None
        words += 1
        if word in _VERDICTS:
            while j < s.end and s.lowers[j] in QUOTES:
                j += 1
            return j if j < s.end else None
    return None


def _claim_object(s: Sentence, j: int) -> bool:
    """Whether the object opening at j is a claim noun with a "that" clause after it."""
    stop = min(s.end, j + _OBJECT_REACH + 1)
    while j < stop and s.lowers[j] not in _CLAIM_NOUNS:
        j += 1
    if j >= stop:
        return False
    return "that" in s.lowers[j + 1 : min(s.end, j + 1 + _CLAUSE_REACH)]
