"""A named source's statement told as a noun: "asked to confirm Zelensky's statement on Monday
that more than 3,000 had been killed", "Seoul's claim that 10,000 troops were sent". The
"that" clause is what the owner of the statement said, whoever then asks about or weighs it;
the noun stands for the reporting verb it names ("Zelensky stated that ...").
"""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.claimant_names import name_claimant
from bot.nlp.context import Sentence

# Nouns of saying that take a "that" clause of what was said. "report"/"estimate" are read by
# claims.py's source nouns; "warning"/"threat" tell no count.
STATEMENT_NOUNS = frozenset(
    {"statement", "statements", "claim", "claims", "assertion", "assertions", "announcement",
     "remarks", "comments", "contention", "insistence"}
)  # fmt: skip
_POSSESSIVES = frozenset({"'s", "’s"})
# "Zelensky's statement on Monday that", "Seoul's claim last week that": a time adjunct only.
_MAX_GAP = 4
_TIME_WORDS = frozenset({"on", "in", "last", "this", "earlier"})


def possessive_statement_cues(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """Cues of "<name>'s statement (<time>) that ...", for names no other cue holds."""
    if not s.mentions or "that" not in s.words or STATEMENT_NOUNS.isdisjoint(s.words):
        return []  # the common case, told by set tests
    if _POSSESSIVES.isdisjoint(s.words):
        return []
    taken = {i for c in cues for i in range(c.start, c.end)}
    out: list[ClaimCue] = []
    for found in s.mentions:
        k = found.end
        if k + 2 >= s.end or s.lowers[k] not in _POSSESSIVES or found.start in taken:
            continue
        if s.lowers[k + 1] not in STATEMENT_NOUNS or not _that_follows(s, k + 2):
            continue
        claimant = name_claimant(s, found.start, found.end)
        if claimant is not None:
            out.append(ClaimCue(k + 1, found.start, found.end, claimant, denied=False))
    return out


def _that_follows(s: Sentence, k: int) -> bool:
    """"that" right after the noun, or after a dated adjunct ("on Monday that"); "the claims
    of that group" or "his statement, and that ..." are no clause of the statement."""
    for j in range(k, min(s.end, k + _MAX_GAP + 1)):
        word = s.lowers[j]
        if word == "that":
            return True
        if j not in s.date_at and word not in _TIME_WORDS:
            return False
    return False
