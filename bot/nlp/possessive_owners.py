"""A force or toll opened by "Its" or "Their" belongs to the country the sentence before was
about: "Pyongyang has sent about 15,000 troops to Russia. Their losses amount to more than
5,000 killed and wounded", "The North's shells mattered more. Its contingent, roughly 15,000
troops, ...". The possessive names no country, but it points back at the previous sentence's
subject, the first country that sentence names outside a prepositional phrase ("to Russia"
is where the troops went, not whose they are)."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.context import Sentence
from bot.nlp.source_counts import source_body_owner
from bot.nlp.they_subjects import they_span

_POSSESSIVES = frozenset({"its", "their"})
# What "Its"/"Their" opens when it opens a count of a country's people.
_GROUPS = frozenset(
    {"contingent", "force", "forces", "troops", "soldiers", "losses", "casualties", "dead",
     "toll", "army", "military", "deployment", "servicemen", "personnel", "units"}
)  # fmt: skip
_PEOPLE = frozenset({"troop", "casualty"})
_OPENERS = frozenset({"and", "but", "yet", "so"})  # "But their losses ..."
_NOUN_REACH = 3  # "Its expeditionary contingent", "Their combined losses"
_PREPOSITIONS = frozenset({"to", "in", "into", "from", "with", "against", "for", "by", "at", "of",
                           "on", "than"})  # fmt: skip


def possessive_owner(s: Sentence, found: list[Quantity], mentions: list[Mention]) -> list[Quantity]:
    """The ownerless troop and casualty counts of a sentence opened by "Its contingent" or
    "Their losses", given to the country the previous sentence was about."""
    if _POSSESSIVES.isdisjoint(s.words) or not any(
        q.actor is None and q.category in _PEOPLE for q in found
    ):
        return found  # nearly every sentence: one set test
    first = s.start + 1 if s.lowers[s.start] in _OPENERS else s.start
    if s.lowers[first] not in _POSSESSIVES or _GROUPS.isdisjoint(
        s.lowers[first + 1 : min(s.end, first + 1 + _NOUN_REACH)]
    ):
        return found
    owner = previous_subject(s, mentions)
    if owner is None and (span := they_span(s, mentions)) is not None:  # "they were ..."
        owner = previous_subject(s, mentions, span)
    if owner is None:
        return found
    return _given(found, owner)


def _given(found: list[Quantity], owner: str) -> list[Quantity]:
    return [
        replace(q, actor=owner) if q.actor is None and q.category in _PEOPLE else q for q in found
    ]


def previous_subject(
    s: Sentence, mentions: list[Mention], span: tuple[int, int] | None = None
) -> str | None:
    """The first country the previous sentence (or the sentence at token `span`) names
    outside a prepositional phrase."""
    span = s.previous_span() if span is None else span
    if span is None:
        return None
    start, end = s.tokens.chars(*span)
    text = s.tokens.text
    for m in mentions:
        if m.start < start or m.start >= end:
            continue
        before = text[start : m.start].split()[-2:]
        if before and before[-1].lower() in _PREPOSITIONS:
            continue  # "sent troops to Russia": the destination, not the subject
        if len(before) == 2 and before[-1].lower() == "the" and before[0].lower() in _PREPOSITIONS:
            continue  # "to the North"
        entity = s.gazetteer.get(m.entity)
        if entity is not None and entity.kind == "country":
            if source_body_owner(text, m, mentions, s.gazetteer):
                return None  # "Seoul's spy agency puts ...": the agency is the subject
            return s.gazetteer.actor_of(m.entity)
        return None  # the subject names something else: no country to point back at
    return None


_SOLDIER_NOUNS = frozenset({"soldiers", "troops", "servicemen", "dead"})


def told_soldiers_owner(
    s: Sentence, found: list[Quantity], mentions: list[Mention]
) -> list[Quantity]:
    """A bare toll ("estimates that about 2,000 have been killed", unit "casualty") right
    after a sentence about a country's own soldiers ("Pyongyang has not said how many of its
    soldiers died") counts that country's dead, and the ownerless whole they came out of is
    the same country's troops."""
    if not any(q.actor is None and q.unit == "casualty" for q in found):
        return found  # nearly every sentence: no bare toll
    before = s.previous_span()
    if before is None:
        return found
    start, end = before
    lowers = s.tokens.lowers
    told = any(
        lowers[k] in _POSSESSIVES and lowers[k + 1] in _SOLDIER_NOUNS for k in range(start, end - 1)
    )
    owner = previous_subject(s, mentions) if told else None
    return found if owner is None else _given(found, owner)
