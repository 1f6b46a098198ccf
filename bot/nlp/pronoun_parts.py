"""A part counted with a possessive pronoun that points at the name just before it:
"Kim Jong Un has shown what the pact means. More than 6,000 of his soldiers have been
killed or wounded"; "North Korea is part of this war too. About 10,000 of its soldiers remain
in Russia". Papers name a leader or a state, then count "his soldiers" or "its troops": the
people are that state's army, as "Kim's soldiers" or "North Korean soldiers" would say.

Only an ownerless troop or casualty count of the form "N of his/her/its <people>", and only
for the entity named last, close before the figure: for "his"/"her" a person whose country
the gazetteer knows, for "its" a state that opens its own sentence (the subject a later "its"
stands for). "6,000 of the soldiers" and "his 40 aides" are left to other rules, and so is an
"its" after a state named in passing ("in Russia's Kursk region, 2,000 of its ...")."""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.context import Sentence

_PERSONAL = frozenset({"his", "her"})
_OWNERS = _PERSONAL | {"its"}
_PEOPLE = frozenset({"troop", "casualty"})
# How far back (in characters) the name may stand: this sentence or the one before.
_REACH = 400
_OF_REACH = 4  # from the figure's first token to "of": "More than 6,000 of"
_THAT_REACH = 6  # characters back from the name to find "that " before it


def pronoun_part_owner(
    s: Sentence, found: list[Quantity], mentions: Sequence[Mention]
) -> list[Quantity]:
    """The ownerless "N of his/its <people>" counts given the state of the name before."""
    if _OWNERS.isdisjoint(s.words) or "of" not in s.words:
        return found  # nearly every sentence: two set tests
    out: list[Quantity] = []
    for q in found:
        side = _named_side(s, q, mentions) if q.actor is None and q.category in _PEOPLE else None
        out.append(q if side is None else replace(q, actor=side))
    return out


def _named_side(s: Sentence, q: Quantity, mentions: Sequence[Mention]) -> str | None:
    owner = _owner_word(s, bisect_right(s.tokens.idxs, q.start) - 1, q.end)
    if owner is None:
        return None
    last = max((m for m in mentions if m.end <= q.start), key=lambda m: m.end, default=None)
    if last is None or q.start - last.end > _REACH:
        return None
    entity = s.gazetteer.get(last.entity)
    if entity is None:
        return None
    if owner in _PERSONAL:
        # A person's soldiers are their state's; a country or a body is no "his".
        return entity.country if entity.kind == "person" else None
    opens = last.sentence.lstrip().startswith(last.surface) or _reported_subject(s, last)
    return entity.name if entity.kind == "country" and opens else None


def _reported_subject(s: Sentence, m: Mention) -> bool:
    """"HUR said that North Korea rotates its contingent, where 10,000 of its soldiers
    remain": a plain name right after "that" is the reported clause's subject, the state a
    later "its" stands for, as a name opening the sentence is ("that North Korea's ally"
    is no subject: a possessive name owns something else)."""
    text = s.tokens.text
    before = text[max(0, m.start - _THAT_REACH) : m.start].split()
    return before[-1:] == ["that"] and text[m.end : m.end + 1] not in {"'", "’"}


def _owner_word(s: Sentence, first: int, end: int) -> str | None:
    """The pronoun of "<number> of his/her/its" close after token `first`, inside the figure."""
    for j in range(max(first, s.start + 1), min(s.end - 2, first + _OF_REACH)):
        if s.tokens.idxs[j] >= end:
            return None
        if s.lowers[j] == "of":
            word = s.lowers[j + 1]
            return word if word in _OWNERS and s.lowers[j - 1][:1].isdigit() else None
    return None
