"""Two ways a long read dates a source's claim before the news that "said in late 2024" does
not cover: the edge of a past period after "at" ("estimated at the end of 2024 that ..."),
and a period counted on from the story's own earlier date ("said early the following year
that ...", "reported a year later that ..."). Either way the claim is history: the news is
never dated "the following year" of itself, and a year named on its own is one gone."""

from __future__ import annotations

from bot.nlp.context import Sentence
from bot.nlp.lexicon import TIME_NOUNS
from bot.nlp.told_audiences import past_audience

# "at the end of 2024", "towards the end of 2024": the end of a period the dates module
# reads from its "the"; "at" is the preposition `_date_after` would otherwise stop at.
_EDGE_LEADS = (["at"], ["towards"], ["toward"], ["near"])


def edge_of_period(s: Sentence, k: int) -> int:
    """Where the date starts when token `k` (right after the verb) opens "at the end of
    <date>"; else `k` unchanged."""
    for lead in _EDGE_LEADS:
        n = len(lead)
        if s.lowers[k : k + n] == lead and s.lowers[k + n : k + n + 3] == ["the", "end", "of"]:
            return k + n
    return k


# "said early the following year", "said in the following months": the period after one the
# article has already told of. "next" is left out: "said next year" is no English, but "will
# say next year" is a plan.
_FOLLOWING = frozenset({"following", "subsequent"})
_PARTS = frozenset({"early", "late", "in", "later", "during"})
# "reported a year later that", "said two months later": a span counted on from a past date.
_COUNTS = frozenset({"a", "one", "two", "three", "several", "some", "few"})
_SPANS = TIME_NOUNS | {"years", "months", "weeks"}


def following_period(s: Sentence, verb: int) -> bool:
    """Whether the reporting verb at `verb` is dated "the following year" or "a year later"."""
    k = past_audience(s, verb)
    while k < s.end and s.lowers[k] in _PARTS:
        k += 1  # "early the following year", "in the following months"
    words = s.lowers[k : k + 3]
    if len(words) == 3 and words[0] == "the" and words[1] in _FOLLOWING:
        return words[2] in _SPANS
    # "a year later", "two months later", "months later": the count, its noun, "later".
    if words[:1] == ["months"] or words[:1] == ["weeks"]:
        return words[1:2] == ["later"]
    return len(words) == 3 and words[0] in _COUNTS and words[1] in _SPANS and words[2] == "later"
