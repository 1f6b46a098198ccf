"""A bare estimate of losses the sentence before named without counting them: "The General
Staff publishes Russia's losses every morning. On Friday it put them at 1,010". "Them" is the
losses, so the number counts casualties, on the side the losses were owned by ("Russia's",
"North Korean"). Without this the number took the unit of whatever figure the article told
last, or none at all."""

from __future__ import annotations

from bot.nlp.bare_numbers import Implied, bare_number_at, figure_like
from bot.nlp.context import Sentence
from bot.nlp.descriptions import Discourse

_VERBS = frozenset({"put", "puts", "putting", "placed", "places", "estimated", "estimates"})
_PRONOUNS = frozenset({"them", "it"})
_LOSSES = frozenset({"losses", "casualties"})


def told_losses(s: Sentence, i: int, told: Discourse) -> Implied | None:
    """The figure at token i of "put them at N" when the sentence before named losses."""
    if _VERBS.isdisjoint(s.words) or _PRONOUNS.isdisjoint(s.words):
        return None  # nearly every sentence: two set tests
    n = bare_number_at(s, i)
    if n is None:
        return None
    at = n.start - 1
    if at - 2 < s.start or s.lowers[at] != "at" or s.lowers[at - 1] not in _PRONOUNS:
        return None
    if s.lowers[at - 2] not in _VERBS:
        return None
    side = _losses_before(s, told)
    if side is None:
        return None
    return figure_like(n, ("casualty", "casualty"), "casualty"), side or None


def _losses_before(s: Sentence, told: Discourse) -> str | None:
    """"" or the side when the sentence before names losses with no number counting them;
    None when it names none."""
    before = s.previous_span()
    if before is None:
        return None
    start, end = before
    lowers = s.tokens.lowers
    for j in range(start + 1, end):
        if lowers[j] not in _LOSSES:
            continue
        if lowers[j - 1][:1].isdigit():
            return None  # "4,000 casualties": a counted loss, carried on by the figure rules
        owner = j - 2 if lowers[j - 1] == "'s" else j - 1
        return _side(s, told, owner) or ""
    return None


def _side(s: Sentence, told: Discourse, owner: int) -> str | None:
    """The side of the name or demonym ending at token `owner` ("Russia's", "North Korean")."""
    tokens = s.tokens
    stop = tokens.idxs[owner] + len(tokens.texts[owner])
    for mention in reversed(told.mentions):
        if mention.end == stop:
            return s.gazetteer.actor_of(mention.entity)
    return None
