"""A verdict told by a participle after the source's own verb: "Peskov said he had nothing to
add, calling talk of 'ten thousand soldiers' 'another canard'". The participle has no subject
of its own; it brands for the subject of the finite reporting verb before it, so its denial
is that source's, and the figure it names (after it) is the one denied."""

from __future__ import annotations

from dataclasses import replace

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

BRANDING_PARTICIPLES = frozenset(
    {"calling", "branding", "labelling", "labeling", "denouncing", "describing"}
)


def participle_brander(s: Sentence, cues: list[ClaimCue], k: int) -> ClaimCue | None:
    """A denial cue at the participle at token k, spoken by the last named source before it,
    when a comma sets the participle off from that source's clause; None otherwise."""
    if s.lowers[k] not in BRANDING_PARTICIPLES or k - 1 <= s.start or s.lowers[k - 1] != ",":
        return None  # "a calling card", "by calling it": no participle clause of a speaker
    before = [c for c in cues if c.verb < k and c.claimant is not None]
    if not before:
        return None
    cue = before[-1]
    assert cue.claimant is not None  # filtered above; for the type checker
    return ClaimCue(k, cue.start, cue.end, replace(cue.claimant, denied=True), True)
