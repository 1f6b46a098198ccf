"""A second reporting verb of one speaker: "Zelensky said that 3,000 North Korean soldiers
had been killed and warned that Pyongyang could send more", "The Pentagon said that it had
no reason to dispute the figures but could confirm only that ...". The verb right after
"and" or "but" (past a modal) has no subject of its own; the nearest noun phrase before it
belongs to the first verb's report, so the speaker of both is the first verb's subject, and
the counted soldiers stay no claimant (nor their demonym a claim's word)."""

from __future__ import annotations

from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.put_at_figures import puts_own_figure

# "said ... but could confirm only that 8,000 ...": "but" joins a second verb of the same
# speaker as "and" does, and a modal before the verb is no subject of its own.
JOINS = frozenset({"and", "but"})
_MODALS = frozenset({"could", "can", "would", "will", "may", "might", "did", "does", "also"})


def shared_speakers(s: Sentence, cues: list[ClaimCue]) -> list[ClaimCue]:
    if len(cues) < 2 or JOINS.isdisjoint(s.words):
        return cues
    out = list(cues)
    for k in range(1, len(out)):
        c = out[k]
        join = c.verb - 1
        if join > s.start and s.lowers[join] in _MODALS:
            join -= 1
        if join < s.start or s.lowers[join] not in JOINS or c.start > c.verb:
            continue
        # "X estimates that ...; Y puts the number at 11,000 and says ...": a semicolon
        # closes X's account, so the shared subject is the one of the clause after it.
        first = next(
            (e for e in out[:k] if e.verb < c.start and e.start < e.verb and e.claimant
             and ";" not in s.lowers[e.verb : c.start]), None
        )  # fmt: skip
        if first is not None and (
            "that" in s.lowers[first.verb : c.start] or puts_own_figure(first.verb, s.lowers)
        ):
            out[k] = c._replace(start=first.start, end=first.end, claimant=first.claimant)
    return out
