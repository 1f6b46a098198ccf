"""A reporting verb joined to a first verb that reports nothing: "The Pentagon declined to
comment on the strike but said about 11,000 troops remained in the region". The verb after
"but" or "and" has no subject of its own; it shares the sentence's opening subject, the
one who declined. Without this the figure falls to a source carried from an earlier
sentence."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, subject_cue
from bot.nlp.context import Sentence
from bot.nlp.lexicon import CLAUSE_BREAKS

# Verb forms only: "and reports" or "but claims" may be nouns.
SAYING_WORDS = frozenset(
    {"said", "says", "told", "tells", "added", "adds", "stated", "noted", "estimated",
     "confirmed", "acknowledged", "reported", "claimed", "insisted"}
)  # fmt: skip
JOINS = frozenset({"and", "but"})
_BETWEEN = frozenset({"also", "later", "then", "still"})  # "but also said"
_OPENING_REACH = 8  # "The U.S. Department of Defense": the opening name and its article


def joined_reports(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    """The cues with one added for each subjectless reporting verb after "and"/"but", its
    speaker the sentence's opening named subject, when no report comes before it."""
    if JOINS.isdisjoint(s.words) or SAYING_WORDS.isdisjoint(s.words) or not s.mentions:
        return cues  # nearly every sentence: set tests
    told = {c.verb for c in cues}
    # The reporting verbs are trigger words: picked from the sentence's hits, not its words.
    for k in s.positions(SAYING_WORDS):
        if not s.start + 3 <= k < s.end - 1 or k in told or not s.texts[k].islower():
            continue
        j = k - 1
        while j > s.start and s.lowers[j] in _BETWEEN:
            j -= 1
        if s.lowers[j] not in JOINS or any(c.verb < k for c in cues):
            continue  # a report before it has its own speaker, whom the verb may share
        subject = _opening_subject(s, j)
        if subject is None:
            continue
        cue = subject_cue(s, k, subject[0], subject[1], denied=False)
        if cue is not None and cue.claimant is not None:
            return sorted([*cues, cue], key=lambda c: c.verb)
    return cues


def _opening_subject(s: Sentence, join: int) -> tuple[int, int] | None:
    """The named subject opening the sentence, with a first verb of its own and no clause
    break between it and the join (a comma right before the join is allowed)."""
    first = s.mentions[0]
    if first.start != s.start + (s.lowers[s.start] == "the") or first.end >= join:
        return None  # "In Kursk, ...": a fronted phrase, not the subject, opens
    if first.start - s.start > _OPENING_REACH or not s.texts[first.end].islower():
        return None  # the name runs on ("The Pentagon's ...") or no verb follows it
    between = s.lowers[first.end : join - (s.lowers[join - 1] == ",")]
    if "," in between or not CLAUSE_BREAKS.isdisjoint(between):
        return None  # "X declined, Y said, but ...": another clause or subject between
    return s.start, first.end
