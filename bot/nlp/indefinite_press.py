"""An unnamed spokesperson right after a body's account: "The Pentagon said on Monday that it
could not confirm the reports. A spokeswoman said Washington still estimated 11,000 ...".
With no "for X" and no name, "a spokeswoman" opening the sentence speaks for the body the
text was just quoting, as "its spokeswoman" would (possessive_press.py); without this the
claim belongs to no one a watch could name.

Only a bare "a/an spokesperson" as the whole subject at the sentence's start, and only after
an organisation's account: after a person ("Zelensky said ... A spokesman said") the
spokesman may be anyone's, and "a spokesman for the ministry" names its own body.
"""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

_ARTICLES = frozenset({"a", "an"})
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman"})
_BODIES = frozenset({"org"})


def indefinite_press(s: Sentence, cues: list[ClaimCue], last: Claimant | None) -> list[ClaimCue]:
    """The cues with an opening "A spokesperson" given the entities of `last` when `last` is
    an organisation's account."""
    if last is None or not last.entities or _SPOKES.isdisjoint(s.words):
        return cues  # nearly every sentence: one set test
    if s.lowers[s.start] not in _ARTICLES:
        return cues
    entity = s.gazetteer.get(last.entities[0])
    if entity is None or entity.kind not in _BODIES:
        return cues
    out = cues
    for k, cue in enumerate(cues):
        claimant = cue.claimant
        if claimant is None or claimant.entities or cue.start != s.start:
            continue
        if cue.end - cue.start != 2 or s.lowers[cue.start + 1] not in _SPOKES:
            continue
        out = list(cues) if out is cues else out
        out[k] = cue._replace(claimant=Claimant(claimant.name, last.entities, claimant.denied))
    return out
