"""A claim told of the one it condemns: "the agency released a commentary denouncing the
Defense Ministry, which claimed that about 16,000 soldiers had been sent". The figure is the
condemned party's claim, and the story's source, who condemns it, disputes it: the fact is
the condemner's denial, as "X rejected claims by Y that N" is (dismissals.py). Without this
the relative "which" names nobody, and the figure reads as the writer's own."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, claim_at
from bot.nlp.context import Sentence

_CONDEMNING = frozenset(
    {"denouncing", "denounced", "denounces", "condemning", "condemned", "condemns",
     "slamming", "slammed", "slams", "lambasting", "lambasted", "blasting", "blasted",
     "rebuking", "rebuked", "castigating", "castigated"}
)  # fmt: skip
_RELATIVES = frozenset({"which", "who", "that"})
# The condemned party's verb of saying: what it "claimed" is told, not endorsed.
_CLAIMING = frozenset(
    {"claimed", "claims", "claim", "alleged", "alleges", "asserted", "asserts", "said",
     "says", "insisted", "insists", "reported", "reports"}
)  # fmt: skip
_OBJECT_REACH = 8  # "the Japanese Defense Ministry": tokens from the verb to the comma
_VERB_REACH = 3  # "which claimed", "which this week claimed", "which had claimed"


def denounced_claim_cues(s: Sentence) -> list[ClaimCue]:
    """A denial cue at the condemned party's saying verb, spoken by the condemner."""
    if _CONDEMNING.isdisjoint(s.words) or _CLAIMING.isdisjoint(s.words):
        return []  # nearly every sentence: two set tests
    out: list[ClaimCue] = []
    for k in range(s.start + 1, s.end):
        if s.lowers[k] not in _CONDEMNING:
            continue
        said = _relative_saying(s, k)
        if said is None:
            continue
        cue = claim_at(s, k, denied=True)
        if cue is not None and cue.claimant is not None:
            out.append(cue._replace(verb=said))
    return out


def _relative_saying(s: Sentence, verb: int) -> int | None:
    """The saying verb of ", which claimed" after the object of the condemning `verb`."""
    for k in range(verb + 2, min(s.end - 1, verb + 1 + _OBJECT_REACH)):
        word = s.lowers[k]
        if word in {";", ":", "."}:
            return None
        if word != "," or s.lowers[k + 1] not in _RELATIVES:
            continue
        stop = min(s.end, k + 2 + _VERB_REACH)
        return next((j for j in range(k + 2, stop) if s.lowers[j] in _CLAIMING), None)
    return None
