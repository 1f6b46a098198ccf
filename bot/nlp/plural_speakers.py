"""Whether a reporting word that is also a noun ("estimate", "report", "claim") is the verb
of a plural subject the plain word test misses: "Washington and Seoul estimate that ...",
"officials now report ...". Two names joined by "and" are a plural subject, as a plural noun
is; an adverb of time or manner between subject and verb ("now", "also") comes before a verb,
never before a noun."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Adverbs that stand between a subject and its verb: "now estimate", "also report".
_ADVERBS = frozenset({"now", "also", "still", "jointly", "both", "currently", "separately"})


def plural_speaker_verb(s: Sentence, i: int) -> bool:
    """Whether the base-form reporting word at token i follows a plural subject, perhaps
    past an adverb: "Washington and Seoul now estimate", "officials also claim"."""
    k = i - 1
    adverb = k > s.start and s.lowers[k] in _ADVERBS
    if adverb:
        k -= 1  # "now estimate": a verb; what stands before "now" is its subject
    if k < s.start:
        return False
    before = s.lowers[k]
    if adverb and (before.endswith("s") and not before.endswith("ss")):
        return True  # "officials now estimate"
    # "Washington and Seoul estimate": the last of two names joined by "and".
    found = s.mention_at.get(k)
    if found is None or found.end != k + 1:
        return False
    return found.start - 1 > s.start and s.lowers[found.start - 1] == "and" and (
        found.start - 2 in s.mention_at
    )
