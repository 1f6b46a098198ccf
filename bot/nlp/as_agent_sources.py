"""A source named in an ", as estimated by X," aside: "the dispatch of more than 10,000 troops,
as estimated by the spy agency, made ...", "a toll of 300, as reported by state media".
The participle has no "be" before it, so the passive reading of the reporting verbs misses it;
but the aside says whose count the figure is, whoever else relays the sentence."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, right_subject
from bot.nlp.context import Sentence

# Participles of counting and reporting that an "as ... by X" aside attributes with.
AS_PARTICIPLES = frozenset(
    {"estimated", "reported", "counted", "assessed", "calculated", "tallied", "confirmed"}
)


def as_agent_cues(s: Sentence) -> list[ClaimCue]:
    """Claim cues for the agents of "as <participle> by X" asides in the sentence."""
    if "as" not in s.words or "by" not in s.words or AS_PARTICIPLES.isdisjoint(s.words):
        return []  # nearly every sentence: set tests
    lowers = s.lowers
    out: list[ClaimCue] = []
    for k in range(s.start, s.end - 3):
        if lowers[k] != "as" or lowers[k + 1] not in AS_PARTICIPLES or lowers[k + 2] != "by":
            continue
        cue = right_subject(s, k + 1, k + 3, denied=False)
        if cue is not None and cue.claimant is not None:
            out.append(cue)
    return out
