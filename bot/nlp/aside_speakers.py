"""The speaker before a question aside, when the answer's verb reads an inverted source:
"Dmitry Peskov, asked about claims by Seoul that ..., said the Kremlin saw no reason to
comment on such fabrications". The verb after the aside is Peskov's; "the Kremlin" after it
is the subject of the reported clause ("the Kremlin saw"), not a source who "said". The
inverted reading leaves the answer with no speaker before the aside, so the denial
(asked_asides.py) found no answer and the figure stayed the premise's.

Only a cue whose verb directly follows the comma that closes the aside and whose subject
was read after its verb; the speaker is the name phrase ending at the comma before
"asked"."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue, subject_cue, subject_start
from bot.nlp.context import Sentence


def aside_speaker_answer(
    s: Sentence, cues: list[ClaimCue], asked: int, noun: int
) -> tuple[list[ClaimCue], ClaimCue] | None:
    """The cues with the answer's inverted cue given the speaker before the aside at
    `asked` ("Peskov, asked ..."), and that answer; None when no cue reads that way."""
    comma = asked - 1  # the comma between the speaker and "asked"
    for c in cues:
        if c.verb <= noun or c.start <= c.verb or c.denied or s.lowers[c.verb - 1] != ",":
            continue  # only the answer's verb right after the aside, its subject after it
        speaker = subject_cue(s, c.verb, subject_start(s, comma), comma, denied=False)
        if speaker is None or speaker.claimant is None:
            return None
        return [speaker if x is c else x for x in cues], speaker
    return None
