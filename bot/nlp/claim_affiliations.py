"""A spokesperson speaks for the body an appositive names: "Andrii Yusov, a spokesperson for
Ukraine's military intelligence agency (HUR), said ..." and "..., said Andrii Yusov, a
spokesman for the HUR" are the agency's word, as "HUR spokesman Andrii Yusov said" already
is. Without this the bare name matches no watch on the agency or its country.

Only press roles count: a lawmaker, an analyst or an envoy named with a body voices their own
reading of it, and the alert keeps their name alone.
"""

from __future__ import annotations

from collections.abc import Iterable

from bot.models import Claimant
from bot.nlp.claim_subjects import ClaimCue
from bot.nlp.context import Sentence
from bot.nlp.mentions import Found

_SPOKES = frozenset({"spokesperson", "spokesman", "spokeswoman", "spokespeople"})
_PRESS_HEADS = frozenset({"press"})  # "press secretary", "press officer"
_PRESS_TAILS = frozenset({"secretary", "officer", "attache", "attaché"})
_LEADING = frozenset({"a", "an", "the", "its", "their", "chief", "deputy", "senior", "official"})
_MAX_LEAD = 3
_MAX_AFFILIATION = 14


def with_affiliation(s: Sentence, cue: ClaimCue) -> ClaimCue:
    """The cue with the entities of the body its person speaks for, when an appositive right
    after the name gives a press role; else the cue as it was."""
    claimant = cue.claimant
    if claimant is None or claimant.entities or cue.end + 2 >= s.end:
        return cue
    if s.lowers[cue.end] != ",":
        return cue
    role = _press_role(s, cue.end + 1)
    if role is None:
        return cue
    return speaking_for(s, cue, s.mentions_between(role, _affiliation_end(s, role, cue.verb)))


def speaking_for(s: Sentence, cue: ClaimCue, bodies: Iterable[Found]) -> ClaimCue:
    """The cue whose named claimant speaks for `bodies`: their entities and the countries
    they belong to, in order; the cue as it was when there are none."""
    claimant = cue.claimant
    entities: list[str] = []
    for found in bodies:
        for name in (found.entity, s.gazetteer.actor_of(found.entity)):
            if name not in entities:
                entities.append(name)
    if claimant is None or not entities:
        return cue
    named = Claimant(name=claimant.name, entities=tuple(entities), denied=claimant.denied)
    return cue._replace(claimant=named)


def _press_role(s: Sentence, first: int) -> int | None:
    """The token after a press role starting within a few words of `first`, or None."""
    for k in range(first, min(s.end - 1, first + _MAX_LEAD + 1)):
        word = s.lowers[k]
        if word in _SPOKES:
            return k + 1
        if word in _PRESS_HEADS and s.lowers[k + 1] in _PRESS_TAILS:
            return k + 2
        if word not in _LEADING and not word.endswith("'s"):
            return None
    return None


def _affiliation_end(s: Sentence, start: int, verb: int) -> int:
    """Where the appositive ends: its closing comma (a bracketed abbreviation runs on), the
    reporting verb after it, or the sentence end."""
    depth = 0
    limit = min(s.end, start + _MAX_AFFILIATION)
    for k in range(start, limit):
        word = s.lowers[k]
        if word == "(":
            depth += 1
        elif word == ")":
            depth = max(0, depth - 1)
        elif (word in {",", ";", "."} and depth == 0) or k == verb:
            return k
    return limit
