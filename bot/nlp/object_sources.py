"""Whose account the next sentence carries on, when a sentence names a source inside what
another source says: "The NIS said it could not confirm the Ukrainian figure. It believed a
few dozen were hurt." "The Ukrainian figure" is a claim cue of its own (the figure is
Ukraine's), but it is the object of the NIS's report; the speaker of the sentence, whom the
next "it" or unattributed figure follows, is the NIS.

A source in an "as" clause after the main one ("The upper house approved the treaty, as Kyiv
said North Korean troops were under fire") speaks of its own side remark; the next sentence
carries on the main clause's story, which nobody attributed, so that source is not carried."""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.citing_sources import without_citing
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

# The nouns `claims._source_nouns` makes a cue of: "Seoul's estimate", "the U.N. figure".
_SOURCE_NOUNS = frozenset(
    {"figure", "figures", "tally", "count", "estimate", "estimates", "data", "assessment"}
)


def speaking(s: Sentence, cues: list[ClaimCue]) -> list[Claimant]:
    """The asserting claimants of the sentence, in order, without a source noun's owner that
    stands after another asserting cue's verb (the object of that speaker's report)."""
    # A cited state's record ("..., citing Ukrainian estimates") speaks for its clause only:
    # the next sentence's "he said" is still the speaker's.
    asserting = [c for c in without_citing(cues, s.lowers) if c.claimant is not None
                 and not c.denied]  # fmt: skip
    verbs = [c.verb for c in asserting if s.lowers[c.verb] not in _SOURCE_NOUNS]
    out: list[Claimant] = []
    for cue in asserting:
        assert cue.claimant is not None
        told = s.lowers[cue.verb] in _SOURCE_NOUNS and any(v < cue.start for v in verbs)
        aside = cue.start - 1 > s.start and s.lowers[cue.start - 1] == "as"
        if not told and not aside:
            out.append(cue.claimant)
    return out
