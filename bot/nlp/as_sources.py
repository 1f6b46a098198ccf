"""A source whose own act an ", as" clause tells, after another's attribution: "Seoul is
weighing its options, an official said Thursday, as the spy agency raised its estimate of the
contingent to more than 11,000". The official's claim closes at the comma; the new estimate
is the agency's, which revises its own count inside the "as" clause. A clause whose subject
only acts ("as Russia moved 30,000 troops") names no source, and is left to the other rules."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, subject_cue
from bot.nlp.context import Sentence
from bot.nlp.lexicon import AUXILIARIES
from bot.nlp.revised_counts import COUNT_NOUNS, OWN, REVISING

# "as the agency on Thursday raised its estimate": the subject and a short adjunct.
_VERB_REACH = 10
_ADVERBS = frozenset({"again", "also", "now", "further", "sharply"})


def as_clause_cues(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """Claim cues at "<source> raised its estimate" verbs of an ", as" clause that follows
    another source's reporting verb in the same sentence."""
    if "as" not in s.words or REVISING.isdisjoint(s.words) or not cues:
        return []  # nearly every sentence: set tests
    lowers = s.lowers
    told = {c.verb for c in cues}
    out: list[ClaimCue] = []
    for k in range(s.start + 2, s.end - 3):
        if lowers[k] != "as" or lowers[k - 1] != ",":
            continue
        if not any(c.verb < k - 1 and not c.denied and c.claimant is not None for c in cues):
            continue  # no attribution closes before the "as": its clause is the main one's
        for v in range(k + 2, min(s.end - 2, k + 1 + _VERB_REACH)):
            if lowers[v] == "," or v in told:
                break  # the subject runs into another clause, or another's verb
            if lowers[v] not in REVISING:
                continue
            j = v + 1
            while j < s.end and lowers[j] in OWN:
                j += 1
            if j == v + 1 or j >= s.end or lowers[j] not in COUNT_NOUNS:
                break  # "as it raised taxes": no count of its own revised
            # The subject is the "as" clause's words before the verb (a name, not "it").
            end = v
            while end > k + 1 and lowers[end - 1] in AUXILIARIES | _ADVERBS:
                end -= 1
            cue = subject_cue(s, v, k + 1, end, denied=False) if end > k + 1 else None
            if cue is not None and cue.claimant is not None and s.mentions_between(k + 1, end):
                out.append(cue)
            break
    return out
