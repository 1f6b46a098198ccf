"""A claim told of the one it condemns: "the agency released a commentary denouncing the
Defense Ministry, which claimed that about 16,000 soldiers had been sent". The figure is the
condemned party's claim, and the story's source, who condemns it, disputes it: the fact is
the condemner's denial, as "X rejected claims by Y that N" is (dismissals.py). Without this
the relative "which" names nobody, and the figure reads as the writer's own. "slammed the
ministry for claiming that 10,000 soldiers were sent" says the same with "for" and a gerund."""

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
# "slammed the ministry for claiming that ...": the gerund after "for" is the condemned claim.
_GERUNDS = frozenset({"claiming", "alleging", "asserting", "saying", "insisting", "reporting"})
_OBJECT_REACH = 8  # "the Japanese Defense Ministry": tokens from the verb to the comma
_VERB_REACH = 3  # "which claimed", "which this week claimed", "which had claimed"


def denounced_claim_cues(s: Sentence) -> list[ClaimCue]:
    """A denial cue at the condemned party's saying verb, spoken by the condemner."""
    if _CONDEMNING.isdisjoint(s.words) or (
        _CLAIMING.isdisjoint(s.words) and _GERUNDS.isdisjoint(s.words)
    ):
        return []  # nearly every sentence: two set tests
    out: list[ClaimCue] = []
    for k in range(s.start + 1, s.end):
        if s.lowers[k] not in _CONDEMNING:
            continue
        said = _relative_saying(s, k)
        if said is None:
            continue
        cue = claim_at(s, k, denied=True)
        if cue is not None and cue.start > k:  # the condemned party read as an inverted source
            cue = _before_aside(s, k)
        if cue is not None and cue.claimant is not None:
            out.append(cue._replace(verb=said))
    return out


_ASIDE_REACH = 12  # ", in a press statement issued on Wednesday,"


def _before_aside(s: Sentence, verb: int) -> ClaimCue | None:
    """"A spokesman for the ministry, in a statement on Wednesday, slammed Seoul for
    claiming": the condemner stands before the comma-enclosed aside."""
    if s.lowers[verb - 1] != ",":
        return None
    opening = next(
        (j for j in range(verb - 2, max(s.start, verb - _ASIDE_REACH), -1) if s.lowers[j] == ","),
        None,
    )
    if opening is None:
        return None
    cue = claim_at(s, opening, denied=True)
    return None if cue is None or cue.start >= opening else cue


def _relative_saying(s: Sentence, verb: int) -> int | None:
    """The saying verb of ", which claimed" after the object of the condemning `verb`."""
    for k in range(verb + 2, min(s.end - 1, verb + 1 + _OBJECT_REACH)):
        word = s.lowers[k]
        if word in {";", ":", "."}:
            return None
        if word == "for" and s.lowers[k + 1] in _GERUNDS:
            return k + 1  # "slammed Seoul for claiming that ..."
        if word != "," or s.lowers[k + 1] not in _RELATIVES:
            continue
        stop = min(s.end, k + 2 + _VERB_REACH)
        return next((j for j in range(k + 2, stop) if s.lowers[j] in _CLAIMING), None)
    return None
