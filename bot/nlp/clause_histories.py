"""Earlier accounts told inside a sentence whose head is something else.

- A clause after a colon or a semicolon that opens with its own past date: "Seoul's
  estimates were lower: in April, the Joint Chiefs put the toll at 4,700". The fronted date
  sets the clause apart from the news as it does at the head of a sentence (see
  `fronted_stale`); the facts before the colon keep their own footing.
- A claim that came "later" than a claim the sentence dates before the news: "The agency
  said in October that 1,500 had been shipped, and Seoul later put the total at 11,000".
  "Later" measures from that stale date, so the second estimate is the story's past too;
  news that superseded it would be dated by the day ("on Monday"), not by "later".
"""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.fronted_dates import fronted_stale

_CLAUSE_BREAKS = frozenset({":", ";"})
# "later put", "later also raised": "later" next to the verb, an adverb between at most.
_LATER_REACH = 2


def stale_clause(s: Sentence) -> int | None:
    """The character offset where a clause after a colon, dated before the news, starts."""
    if _CLAUSE_BREAKS.isdisjoint(s.words):
        return None  # nearly every sentence
    for k in range(s.start + 1, s.end - 3):
        if s.lowers[k] in _CLAUSE_BREAKS and fronted_stale(s, k + 1):
            return s.char_span(k + 1, k + 2)[0]
    return None


def later_claims(s: Sentence, cues: list[ClaimCue], dated: list[ClaimCue]) -> list[ClaimCue]:
    """The cues told "later" than one of the `dated` cues before them."""
    if not dated or "later" not in s.words:
        return []
    first = min(c.verb for c in dated)
    return [
        c for c in cues
        if c not in dated and c.verb > first and not c.denied and c.claimant is not None
        and "later" in s.lowers[max(s.start, c.verb - _LATER_REACH) : c.verb]
    ]  # fmt: skip
