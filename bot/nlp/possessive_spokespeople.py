"""A spokesperson introduced by a possessive that points back to the clause's subject:
"Poland's border guard, the SG, now puts the number of crossings at 4,000, its spokeswoman
Anna Nowak said." "Its" is the body that opens the sentence, so the figure is that body's
word, as "the border guard's spokeswoman Anna Nowak said" would be. Without this the
bare name matches no watch on the body or its country.

Only press roles count, as in claim_affiliations.py: an "its chairman" or "their analyst"
gives a reading of their own.
"""

from __future__ import annotations

from bot.nlp.claim_affiliations import speaking_for
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.lexicon import AUXILIARIES, ESTIMATE_VERBS, REPORT_VERBS
from bot.nlp.mentions import Found

_POSSESSIVES = frozenset({"its", "their"})
_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople"})
_MAX_SUBJECT = 16  # "Ukraine's military intelligence agency, the HUR, now puts"


def possessive_spokesperson(s: Sentence, cue: ClaimCue) -> ClaimCue:
    """The cue with the entities of the sentence's opening subject when its claimant is
    "its/their spokesperson <name>"; else the cue as it was."""
    claimant = cue.claimant
    if claimant is None or claimant.entities or cue.end - cue.start < 3:
        return cue
    if s.lowers[cue.start] not in _POSSESSIVES or s.lowers[cue.start + 1] not in _SPOKES:
        return cue
    return speaking_for(s, cue, _opening_subject(s, cue.start))


def _opening_subject(s: Sentence, before: int) -> list[Found]:
    """The names in the subject opening the sentence, up to its verb: a name must open it
    (after "the"), and an appositive set off by commas belongs to it ("..., the HUR,")."""
    first = s.start + (s.lowers[s.start] == "the")
    if first not in s.mention_at or s.mention_at[first].start != first:
        return []  # "In Kursk, ...": a place or an adjunct opens, not the subject
    for k in range(first, min(before, s.start + _MAX_SUBJECT)):
        word = s.lowers[k]
        if k in s.mention_at or not s.texts[k].islower():
            continue
        if word in AUXILIARIES or word in ESTIMATE_VERBS or word in REPORT_VERBS or (
            word.endswith("ed")
        ):
            return list(s.mentions_between(s.start, k))
    return []
