"""Sources that agree on a figure: "Seoul and Kyiv broadly agree that about 10,000 troops
remain", "The two agencies agreed that some 3,000 had died". Agreeing *that* something is so
tells it, as "say that" does, and the subjects who agree are the figure's sources. Only
"agree" with its "that" counts (past at most one adverb, "now agree", "largely agree"):
"agreed to send 3,000 troops" and "agreed on a ceasefire" are deals and decisions, no claims.
"""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, claim_at
from bot.nlp.context import Sentence

AGREE_VERBS = frozenset({"agree", "agrees", "agreed"})
# "agree broadly that", "agreed, however, that": at most one word before "that".
_BETWEEN = 1


def agreed_cues(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """The cues of agreeing subjects whose verb is followed by a "that" clause."""
    out: list[ClaimCue] = []
    taken = {c.verb for c in cues}
    # Not a candidate trigger word: the pass runs only when the sentence holds one (`claims`).
    for i in (k for k in range(s.start, s.end) if s.lowers[k] in AGREE_VERBS):
        if i in taken or not _that_follows(s, i):
            continue
        if i > s.start and s.lowers[i - 1] in {"to", "the", "an", "a"}:
            continue  # "to agree that", "the agreed that": no finite verb of the subject
        cue = claim_at(s, i, denied=False)
        if cue is not None and cue.end <= i:
            out.append(cue)
    return out


def _that_follows(s: Sentence, verb: int) -> bool:
    after = s.lowers[verb + 1 : min(s.end, verb + 2 + _BETWEEN)]
    return "that" in after and after.index("that") <= _BETWEEN and all(
        w.isalpha() for w in after[: after.index("that")]
    )
