"""A spokesperson who opens the sentence with a possessive or an article: "Ukraine's military
intelligence, the GUR, gives a far higher figure. Its spokesman said this month that ...",
"The Pentagon said on Monday that it could not confirm the reports. A spokeswoman said
Washington still estimated 11,000 ...". Nothing in the sentence comes before "Its" or "A", so
the spokesperson speaks for the body the text was just quoting, as "the GUR's spokesman said"
would. Without this the claim belongs to no one a watch could name.

Only a bare press role ("Its spokesman", "Their spokeswoman", "A spokeswoman"; a name after it
is `possessive_spokespeople`'s), only at the sentence's start, and only when the source before
is an organisation: a person has no "its" and no press office a passing "a spokesman" must
belong to, "Their spokesman" after a country is the government's word, which the owner rules
read, and "a spokesman for the ministry" names its own body.
"""

from __future__ import annotations

from bot.models import Claimant
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence

_OPENERS = frozenset({"its", "their", "a", "an"})
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople"})
_BODIES = frozenset({"org"})


def possessive_press(s: Sentence, cues: list[ClaimCue], last: Claimant | None) -> list[ClaimCue]:
    """The cues with an opening "Its/Their/A spokesperson" given the entities of `last` when
    `last` is an organisation's account."""
    if last is None or not last.entities or _SPOKES.isdisjoint(s.words):
        return cues  # nearly every sentence: one set test
    entity = s.gazetteer.get(last.entities[0])
    if entity is None or entity.kind not in _BODIES:
        return cues
    out = cues
    for k, cue in enumerate(cues):
        claimant = cue.claimant
        if claimant is None or claimant.entities or cue.start != s.start:
            continue
        if cue.end - cue.start != 2 or s.lowers[cue.start] not in _OPENERS:
            continue
        if s.lowers[cue.start + 1] not in _SPOKES:
            continue
        out = list(cues) if out is cues else out
        named = Claimant(claimant.name, last.entities, denied=claimant.denied)
        out[k] = cue._replace(claimant=named)
    return out
