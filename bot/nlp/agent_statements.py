"""A source's statement told as a noun with "by": "declined to comment on statements by Seoul
that about 11,000 troops remained", "asked about a claim by Warsaw that 3,000 soldiers had
massed". The "that" clause is what the source after "by" said, whoever then comments on it
or not; without this the count reads as the outlet's own, or as the word of a speaker who
only declined to weigh it. A statement that is the object of a denial ("rejected a statement
by X that ...") stays the denier's, as "rejected reports that" does (the gold's reading),
and the topic of an opening question ("Asked about claims by X that ..., Y said") is left to
the answer's rules.
"""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, right_subject
from bot.nlp.context import Sentence
from bot.nlp.lexicon import DENY_VERBS
from bot.nlp.participle_denials import DENYING_PARTICIPLES
from bot.nlp.possessive_statements import STATEMENT_NOUNS

# "rejected the statements by", "rejected as 'a sheer fabrication' the claim by",
# "..., dismissing claims by": a denial anywhere before the noun may take it as its object.
_DENYING = DENY_VERBS | DENYING_PARTICIPLES
# An opening question's topic is what the one asked answers or judges (asked_answers.py).
_ASKED = frozenset({"asked", "pressed", "questioned"})


def agent_statement_cues(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """Cues of "<statement noun> by <source> (,) that ...", for sources no other cue holds."""
    if "by" not in s.words or "that" not in s.words or STATEMENT_NOUNS.isdisjoint(s.words):
        return []  # the common case, told by set tests
    if s.lowers[s.start] in _ASKED:
        return []  # "Asked about claims by X that ..., Y called them lies": the answer speaks
    taken = {i for c in cues for i in range(c.start, c.end)}
    out: list[ClaimCue] = []
    for k in range(s.start, s.end - 3):
        if s.lowers[k] not in STATEMENT_NOUNS or s.lowers[k + 1] != "by" or k + 2 in taken:
            continue
        if not _DENYING.isdisjoint(s.lowers[s.start : k]):
            continue
        cue = right_subject(s, k, k + 2, denied=False)
        if cue is None or cue.claimant is None or not _that_after(s, cue.end):
            continue
        out.append(cue)
    return out


def _that_after(s: Sentence, k: int) -> bool:
    """"by Seoul that", "by its spy chief, Kim, that": the clause opens right after the name."""
    if k < s.end and s.lowers[k] == ",":
        k += 1
    return k < s.end and s.lowers[k] == "that"
