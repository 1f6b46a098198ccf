"""A second reporting verb of one speaker: "Zelensky said that 3,000 North Korean soldiers
had been killed and warned that Pyongyang could send more". The verb right after "and" has
no subject of its own; the nearest noun phrase before it belongs to the first verb's report,
so the speaker of both is the first verb's subject, and the counted soldiers stay no
claimant (nor their demonym a claim's word)."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence


def shared_speakers(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    if len(cues) < 2 or "and" not in s.words:
        return cues
    out = list(cues)
    for k in range(1, len(out)):
        c = out[k]
        if c.verb - 1 < s.start or s.lowers[c.verb - 1] != "and" or c.start > c.verb:
            continue
        first = next(
            (e for e in out[:k] if e.verb < c.start and e.start < e.verb and e.claimant), None
        )
        if first is not None and "that" in s.lowers[first.verb : c.start]:
            out[k] = c._replace(start=first.start, end=first.end, claimant=first.claimant)
    return out
