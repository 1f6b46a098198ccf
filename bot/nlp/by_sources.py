"""The source named after "by" in a claim noun with a "that" clause: "when asked about claims
by South Korea's spy agency that 3,000 soldiers had been sent", "amid reports by Ukrainian
intelligence that ...". The noun's "by" agent made the claim the clause tells; the figure is
its word, not that of whoever the text was quoting just before (the speaker answering the
question passes it on, as "cited estimates by X that" does in claims.py).

Only when the sentence has no claim cue of its own: "X dismissed as fake claims by Kyiv that
N" and "Asked about claims by Y that N, X called them an invention" are X's denials
(dismissals.py), and "X said claims by Y that N were exaggerated" is X's verdict.

A past date may stand between the agent and its clause ("a report by Seoul's spy agency last
month that ..."): the agent is still the source; the date makes the figure the report's
background (dated_reports.py)."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, right_subject
from bot.nlp.context import Sentence

_CLAIM_NOUNS = frozenset(
    {"claims", "claim", "reports", "report", "estimates", "estimate", "assessment",
     "assessments", "allegations", "assertions", "findings"}
)  # fmt: skip
_SUBJECT_REACH = 14  # "by the Republic of Korea's National Intelligence Service"
# "last month", "earlier this week": dates that put the report before the news.
PAST_BRIEFINGS = frozenset({"last", "earlier", "previous"})


def by_source_cues(s: Sentence) -> list[ClaimCue]:
    """Cues for "claims by X that ..." nouns, in a sentence with no other claim cue."""
    if "by" not in s.words or "that" not in s.words or _CLAIM_NOUNS.isdisjoint(s.words):
        return []  # nearly every sentence: three set tests
    out: list[ClaimCue] = []
    for k in range(s.start, s.end - 3):
        if s.lowers[k] not in _CLAIM_NOUNS or s.lowers[k + 1] != "by":
            continue
        cue = right_subject(s, k, k + 2, denied=False)
        if cue is None or cue.claimant is None or cue.end - cue.start > _SUBJECT_REACH:
            continue
        named = s.mentions_between(cue.start, cue.end)
        after = past_date_end(s, cue.end)  # "by X last month that": the date, then the clause
        if s.lowers[after : after + 1] != ["that"] or not named:
            continue  # a named source, then the clause it tells
        out.append(cue)
    return out


def past_date_end(s: Sentence, k: int) -> int:
    """The token after a past briefing's date starting at `k` ("last month"), else `k`."""
    if s.lowers[k] not in PAST_BRIEFINGS:
        return k  # nearly every agent: one set test
    return next((d.end for d in s.dates if d.start == k), k)
