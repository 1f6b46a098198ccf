"""A source named inside a writer's reckoning: "North Korea has sent 22,000 soldiers, by our
tally of NIS disclosures, and about 7,000 have been killed". The phrase "by <someone's>
tally/count/estimate (of ...)" says where a figure comes from, so a name in it (the NIS) is
a source, never whose soldiers or dead the figures count."""

from __future__ import annotations

from bot.nlp.context import Sentence

_RECKONINGS = frozenset(
    {"tally", "count", "estimate", "estimates", "reckoning", "calculation", "calculations",
     "calculus", "accounting"}
)  # fmt: skip
# "by our tally", "by one estimate", "by the NIS's count", "by some estimates".
_REACH = 4  # tokens from "by" to the reckoning noun
_OF_REACH = 6  # tokens of the "of ..." that says what was reckoned
_ENDS = frozenset({",", ";", ".", ":", "and", "but", "while", "that", "which", '"'})


def reckoning_tokens(s: Sentence) -> set[int]:
    """Token positions of the sentence's "by ... tally (of ...)" phrases."""
    if "by" not in s.words or _RECKONINGS.isdisjoint(s.words):
        return set()  # nearly every sentence: one or two set tests
    found: set[int] = set()
    lowers = s.lowers
    for k in range(s.start, s.end):
        if lowers[k] != "by":
            continue
        noun = next(
            (j for j in range(k + 1, min(s.end, k + 1 + _REACH)) if lowers[j] in _RECKONINGS),
            None,
        )
        if noun is None or any(lowers[j] in _ENDS for j in range(k + 1, noun)):
            continue
        end = noun + 1
        if end < s.end and lowers[end] == "of":
            end += 1
            while end < s.end and end - noun <= _OF_REACH and lowers[end] not in _ENDS:
                end += 1
        found.update(range(k, end))
    return found
