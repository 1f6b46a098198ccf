"""Which claims of a sentence a verdict of untruth denies. "Commenting on claims that,
according to the NIS, about 3,000 soldiers have arrived, Slutsky said that reports of up to
12,000 are 'fakes'": the speaker's verdict is on the reports his own clause names, with their
own figure; the NIS figure he was commenting on stays the NIS's claim. When the speaker's
clause names no figure ("Commenting on reports that 10,000 troops were sent, Peskov said
they were fakes") the verdict is on what he was asked about, and every claim is denied."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence


def verdict_scope(
    s: Sentence, cues: list[ClaimCue], verdicts: frozenset[str], at: int | None = None
) -> int:
    """The first token whose claims the sentence's verdict denies: the governing speaker's
    subject when its own clause has a figure before the verdict, else the sentence start.
    The verdict is the first of the `verdicts` words, or the token `at` when given."""
    verdict = at if at is not None else next(
        (k for k in range(s.start, s.end) if s.lowers[k] in verdicts), None
    )
    if verdict is None:
        return s.start
    speakers = [
        c for c in cues
        if c.verb < verdict and c.start < c.verb and c.claimant is not None
        and c.claimant.entities
    ]  # fmt: skip
    if not speakers:
        return s.start
    speaker = speakers[-1]
    if any(w[:1].isdigit() for w in s.lowers[speaker.verb + 1 : verdict]):
        return speaker.start
    return s.start
