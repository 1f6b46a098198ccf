"""A count put after a comma as "N of them", restating a force named earlier in the sentence
as "the troops it sent": "Russia could help the North in return for the troops it sent to
Ukraine, about 15,000 of them according to Seoul."

The pronoun "it" stands for the state named last before it (the words between are the
clause it heads); the count belongs to that state, replacing an owner taken from the
sentence's subject. The aside tells how many were sent, a done thing: a modal verb of the
main clause ("could help") says nothing of it, so the count is reported, not planned."""

from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace

from bot.models import Modality, Quantity
from bot.nlp.context import Sentence

_SENT = frozenset({"sent", "deployed", "dispatched"})
_FORCES = frozenset({"troops", "soldiers", "forces", "servicemen", "personnel"})
_BETWEEN = frozenset({"has", "had", "have", "already", "reportedly", "that", "which"})
_REACH = 4  # "the troops (that) it (has) sent": force noun to the pronoun


def sent_appositive_counts(s: Sentence, found: list[Quantity]) -> list[Quantity]:
    """Troop counts written "..., N of them" after "the troops it sent", given to the state
    "it" names and read as reported."""
    if _SENT.isdisjoint(s.words) or "them" not in s.words or "it" not in s.words:
        return found  # nearly every sentence: three set tests
    out = list(found)
    for k, q in enumerate(out):
        if q.category != "troop":
            continue
        end = bisect_left(s.tokens.idxs, q.end, s.start, s.end)
        if s.lowers[end : end + 2] != ["of", "them"]:
            continue
        comma = _comma_before(s, bisect_left(s.tokens.idxs, q.start, s.start, s.end))
        sender = _pronoun_sender(s, comma) if comma is not None else None
        if sender is not None:
            out[k] = replace(q, actor=sender, modality=Modality.REPORTED)
    return out


def _comma_before(s: Sentence, start: int) -> int | None:
    """The comma opening the aside the count at `start` begins ("..., about 15,000 of
    them"), when only a qualifier word or two stands between."""
    for j in range(start - 1, max(s.start, start - 3) - 1, -1):
        if s.lowers[j] == ",":
            return j
    return None


def _pronoun_sender(s: Sentence, comma: int) -> str | None:
    """The state that "it" stands for in "the troops it sent" before `comma`: the country
    named last before the pronoun."""
    for j in range(comma - 1, s.start, -1):
        if s.lowers[j] not in _SENT:
            continue
        p = j - 1
        while p > s.start and s.lowers[p] in _BETWEEN:
            p -= 1
        if s.lowers[p] != "it" or not any(
            s.lowers[f] in _FORCES for f in range(max(s.start, p - _REACH), p)
        ):
            return None
        for m in range(p - 1, s.start - 1, -1):
            found = s.mention_at.get(m)
            if found is None:
                continue
            entity = s.gazetteer.get(found.entity)
            if entity is None or entity.kind != "country":
                return None
            return s.gazetteer.actor_of(found.entity)
        return None
    return None
