"""A figure told inside a present-tense claim nested in an "after" clause: "The visit came a
year after the first of what Seoul and Kyiv say were about 15,000 troops arrived". The
"after" clause dates the arrival, but the figure is the size a source gives now ("what X
say(s) were / are"), so the claim is today's report, not history. Only a free relative
"what" followed by its source and a present-tense saying verb right before the figure
reads so; "came a year after Seoul said 15,000 had arrived" stays history."""

from __future__ import annotations

from bot.nlp.context import Sentence

# Present-tense verbs of saying or reckoning: the claim stands at the time of writing.
_PRESENT_SAYING = frozenset(
    {"say", "says", "estimate", "estimates", "believe", "believes", "claim", "claims",
     "reckon", "reckons", "think", "thinks"}
)  # fmt: skip
_BE = frozenset({"were", "are", "was", "is", "number", "numbered"})
_QUALIFIER_REACH = 4  # "were about", "were some", "were more than"
_SOURCE_REACH = 6  # "what the South Korean spy agency says"


def present_claim(s: Sentence, first: int, figure_start: int) -> bool:
    """Whether the figure at `figure_start`, in the clause from `first`, is the complement of
    "what <source> say(s) were", a present-tense claim inside that clause."""
    lowers = s.lowers
    # The "be" verb the figure complements: "say were about 15,000".
    be = next(
        (k for k in range(figure_start - 1, max(first, figure_start - _QUALIFIER_REACH) - 1, -1)
         if lowers[k] in _BE),
        -1,
    )  # fmt: skip
    if be < 0 or be - 1 < first or lowers[be - 1] not in _PRESENT_SAYING:
        return False
    # Its source opens on a free relative "what" a few words before the saying verb.
    stop = max(first, be - 1 - _SOURCE_REACH)
    return any(lowers[k] == "what" for k in range(be - 2, stop - 1, -1))
