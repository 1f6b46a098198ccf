"""Definite descriptions that stand for something named earlier: "the alliance" after NATO,
"the agency" after the National Intelligence Service, "The plan includes ..." after the
budget a government proposed.

A news writer names a body once and then refers to it by what it is. The head noun of the
description need not be the last word of the name ("the agency" for a "Service"), so heads are
compared through the nouns that describe the same kind of body.
"""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import NamedTuple

from bot.models import Mention, Quantity
from bot.nlp.context import Sentence
from bot.nlp.lexicon import NUMBER_WORDS

_AGENCY = frozenset({"agency", "service", "intelligence", "directorate", "bureau"})
_ALLIANCE = frozenset({"alliance", "organization", "organisation", "pact", "treaty"})
_MINISTRY = frozenset({"ministry", "department", "pentagon"})
_UNION = frozenset({"union", "bloc", "community"})
_BODY = frozenset({"nations", "council", "organization", "organisation", "agency"})
# "according to the military" after "the Joint Chiefs of Staff": a command of the armed forces.
_MILITARY = frozenset({"staff", "chiefs", "army", "forces", "command", "military"})
# A description's head and the words of a name it may stand for.
KIND_NOUNS: dict[str, frozenset[str]] = {
    "agency": _AGENCY, "service": _AGENCY, "spy": _AGENCY, "directorate": _AGENCY,
    "intelligence": _AGENCY,
    "alliance": _ALLIANCE, "bloc": _UNION | _ALLIANCE, "union": _UNION,
    "ministry": _MINISTRY, "department": _MINISTRY,
    "organisation": _BODY | _ALLIANCE, "organization": _BODY | _ALLIANCE, "body": _BODY,
    "watchdog": _BODY | {"energy", "atomic"},
    "military": _MILITARY,
}  # fmt: skip
_DETERMINERS = frozenset({"the", "this"})
# Nouns that point back at a plan, a purchase or a count told just before.
_BACK_NOUNS = frozenset(
    {"plan", "package", "budget", "proposal", "programme", "program", "deal", "order",
     "contract", "bill", "total", "first", "rest", "remainder", "figure", "tally"}
)  # fmt: skip

_MEASURE_NOUNS = frozenset({"value", "cost", "price", "worth", "size"})


def fits(head: str, name_words: Iterable[str]) -> bool:
    """Whether a description with this head noun may stand for a name made of these words."""
    kinds = KIND_NOUNS.get(head)
    words = {w.lower() for w in name_words}
    return head in words or (kinds is not None and not kinds.isdisjoint(words))


class Discourse(NamedTuple):
    """What the article told before the current sentence: its mentions so far (most recent
    last) and the figures of the sentence before."""

    mentions: Sequence[Mention] = ()
    last_figures: Sequence[Quantity] = ()


def opening_description(s: Sentence, claim_tokens: set[int]) -> str | None:
    """The head noun of a sentence that opens with a definite description and no name, when
    the description acts rather than reports: "The alliance currently has ...", "The plan
    includes ...", but not "The ministry said ..."."""
    head = s.start + 1
    if head >= s.end or s.lowers[s.start] not in _DETERMINERS or head in claim_tokens:
        return None
    word = s.texts[head]
    if head in s.mention_at or not (word.isalpha() and word.islower()) or word in NUMBER_WORDS:
        return None
    # "The value of the contract is ...": a measure of a thing told before stands for it.
    of = s.lowers[head + 1 : head + 4]
    if word in _MEASURE_NOUNS and of[:2] in (["of", "the"], ["of", "this"]) and (
        of[2:] and of[2] in _BACK_NOUNS
    ):
        return of[2]
    return word


def described_organisation(s: Sentence, head: str, discourse: Discourse) -> str | None:
    """The actor an organisation description stands for: the most recently named organisation
    whose name or aliases fit the head noun."""
    for mention in reversed(discourse.mentions):
        entity = s.gazetteer.get(mention.entity)
        if entity is None or entity.kind != "org":
            continue
        words = [w for alias in (entity.name, *entity.aliases) for w in alias.split()]
        if fits(head, words):
            return s.gazetteer.actor_of(entity.name)
    return None


def continued_actor(s: Sentence, claim_tokens: set[int], discourse: Discourse) -> str | None:
    """The actor of a figure whose sentence opens with a description: an organisation named
    before when the head names a kind of body, otherwise whoever the previous sentence's
    figures belong to ("South Korea proposed a budget ... The plan includes 1.2 trillion won
    to buy 20 jets")."""
    head = opening_description(s, claim_tokens)
    if head is None:
        return None
    if head in KIND_NOUNS:
        return described_organisation(s, head, discourse)
    for q in reversed(discourse.last_figures):
        if q.actor is None or q.whole_force:
            continue
        # Only a description of what the figure before counted or belonged to continues it;
        # "The attack damaged 30 buildings" after a count of drones names something new.
        if head in _BACK_NOUNS or _names_again(head, q.sentence):
            return q.actor
    return None


def _names_again(head: str, sentence: str) -> bool:
    stem = head[:-1] if head.endswith("s") else head
    return any(w.startswith(stem) for w in sentence.lower().split())
