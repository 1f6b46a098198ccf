"""The size of a group named a sentence or two before: "the second batch of engineers from
Belarus arrived in March ... The batch that came in March was made up of about 300 men." A
report introduces the group once with its owner ("group of sappers from the DPRK", "the
Belarusian contingent") and then takes it up with a bare "the group"; the figure told as what
that group consisted of counts the same people, so the owner named at the introduction is the
figure's side.

Only a definite group noun ("the group", not "a group" or "another group") that is the
subject of a verb of make-up ("consisted of", "comprised", "was made up of", "numbered") reads
so, and only when the same noun was brought in with a single country within the last few
sentences; a figure that already has an owner is left alone."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.casualty_counts import counts_people
from bot.nlp.context import Sentence

_GROUPS = frozenset({"group", "batch", "contingent", "detachment", "rotation", "unit"})
_MAKEUP = frozenset(
    {"consisted", "consists", "consist", "comprised", "comprises", "numbered", "numbers",
     "made"}
)  # fmt: skip
_SENTENCES_BACK = 3  # the group's introduction: up to three sentences before
_NOUN_REACH = 12  # tokens from "the group" to its verb: "the group that left on Wednesday"
# "group of sappers from the DPRK", "contingent of engineers sent by Pyongyang": the noun,
# up to four words, then the preposition before the owner's name.
_INTRO_TAIL = r"(?:\s+[\w-]+){0,4}?\s+(?:from|of|sent\s+by)\s+(?:the\s+)?$"


def group_makeup_owner(
    s: Sentence, found: list[Quantity], mentions: list[Mention]
) -> list[Quantity]:
    """The sentence's ownerless people counted as what "the group" consisted of, given to the
    country the group was introduced with."""
    words = s.words
    if _MAKEUP.isdisjoint(words) or _GROUPS.isdisjoint(words):
        return found  # nearly every sentence: two set tests
    if not any(q.actor is None and counts_people(q.measure) for q in found):
        return found
    noun = _definite_group(s)
    if noun is None:
        return found
    owner = _introduced_owner(s, noun, mentions)
    if owner is None:
        return found
    first_char = s.char_span(s.start, s.start + 1)[0]
    return [
        replace(q, actor=owner)
        if q.actor is None and counts_people(q.measure) and q.start >= first_char else q
        for q in found
    ]  # fmt: skip


def _definite_group(s: Sentence) -> str | None:
    """The group noun after a bare "the" that a verb of make-up follows within reach."""
    lowers = s.lowers
    for k in range(s.start + 1, s.end):
        if lowers[k] not in _GROUPS or lowers[k - 1] != "the":
            continue
        tail = lowers[k + 1 : min(s.end, k + 1 + _NOUN_REACH)]
        for j, word in enumerate(tail):
            if word in _MAKEUP and (word != "made" or tail[j + 1 : j + 3] == ["up", "of"]):
                return lowers[k]
        return None
    return None


def _introduced_owner(s: Sentence, noun: str, mentions: list[Mention]) -> str | None:
    """The one country the group noun was introduced with in the sentences before."""
    tokens = s.tokens
    first = tokens.idxs[s.earlier_start(_SENTENCES_BACK)]
    here = tokens.idxs[s.start]
    text = tokens.text
    intro = re.compile(rf"\b{noun}{_INTRO_TAIL}", re.IGNORECASE)
    owners: set[str] = set()
    for m in mentions:
        if not first <= m.start < here:
            continue
        entity = s.gazetteer.get(m.entity)
        if entity is None or entity.kind != "country":
            continue
        before = text[max(first, m.start - 60) : m.start]
        after = text[m.end : m.end + len(noun) + 2].lower()
        # "group of sappers from the DPRK" or "the North Korean group".
        if intro.search(before) or re.match(rf"\s{noun}\b", after):
            owners.add(s.gazetteer.actor_of(m.entity))
    return owners.pop() if len(owners) == 1 else None
