"""A source described but not named ("the spy agency said") is the body of that kind the
article named last, even when it never spoke before: a wire lede says "the spy agency" after
a headline ending in ": NIS", and the second paragraph spells the name out.

references.py already ties a description to an earlier *claimant*; this reaches back over
every name the article gave so far, for the first time the source is quoted.
"""

from __future__ import annotations

from collections.abc import Sequence

from bot.models import Claimant, Mention
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.claims import CLAIM_WORDS
from bot.nlp.context import Sentence
from bot.nlp.descriptions import KIND_NOUNS, fits

_MAX_WORDS = 3  # "the spy agency": a longer phrase describes more than a kind of body


def described_sources(
    s: Sentence, cues: list[ClaimCue], mentions: Sequence[Mention]
) -> list[ClaimCue]:
    """The cues with each unnamed "the <kind of body>" speaker given the entities of the
    last-named organisation that fits it."""
    if not mentions:
        return cues
    out = cues
    for k, cue in enumerate(cues):
        claimant = cue.claimant
        if claimant is None or claimant.entities:
            continue  # named, or a pronoun: the common cases
        if not CLAIM_WORDS.isdisjoint(s.lowers[s.start : min(cue.start, cue.verb)]):
            continue  # "Han told reporters that the spy agency puts ...": Han's claim
        words = claimant.name.lower().split()
        if words[:1] != ["the"] or len(words) > _MAX_WORDS or words[-1] not in KIND_NOUNS:
            continue
        entities = _last_fitting(s, words[1:], mentions)
        if entities:
            if out is cues:
                out = list(cues)
            named = Claimant(claimant.name, entities, denied=claimant.denied)
            out[k] = cue._replace(claimant=named)
    return out


def _last_fitting(s: Sentence, words: list[str], mentions: Sequence[Mention]) -> tuple[str, ...]:
    """The organisation named last whose name or aliases every word of the description fits
    ("spy" and "agency" both fit the National Intelligence Service), with its country."""
    for mention in reversed(mentions):
        entity = s.gazetteer.get(mention.entity)
        if entity is None or entity.kind != "org":
            continue
        named = [w for alias in (entity.name, *entity.aliases) for w in alias.lower().split()]
        if all(w in named or (w in KIND_NOUNS and fits(w, named)) for w in words):
            return (entity.name, entity.country) if entity.country else (entity.name,)
    return ()
