"""Men counted by the branch of units the story tied to one state's army before: after "a
ceremony to welcome the engineer units of the Korean People's Army", "the portraits of 18
engineers who laid down their lives" are that army's engineers. The count names no owner, and
a toll never carries on the last actor (the dead of an attack are not the attacker's), but the
noun is the units' own: the story introduced "engineer units" once with their army and then
speaks of "engineers".

Only a count of people with no owner, whose noun is the branch word of units introduced as
"<branch> units / battalions / brigades of <a state's army or the state>" earlier in the
story, with one state so named; a branch tied to two states leaves the figure alone."""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.casualty_counts import counts_people
from bot.nlp.context import Sentence

# "the engineer units of the", "sapper battalions from": the branch word, then the unit noun.
_INTRO = re.compile(
    r"\b([a-z]+) (?:units?|battalions?|brigades?|regiments?|detachments?|companies)"
    r" (?:of|from) (?:the )?$"
)
_LOOK_BACK = 60  # characters before a mention: "engineer units of the "


def unit_member_owner(
    s: Sentence, found: list[Quantity], mentions: Sequence[Mention]
) -> list[Quantity]:
    """The sentence's unowned counts of people given the state whose units of that branch
    the story introduced before."""
    if all(q.actor is not None or not _people(q) for q in found):
        return found  # nearly every sentence: owned or no people
    text = s.tokens.text
    first = s.char_span(s.start, s.start + 1)[0]
    branches: dict[str, set[str]] = {}  # branch word -> the states whose units it named
    for m in mentions:
        if m.start >= first:
            break
        intro = _INTRO.search(text[max(0, m.start - _LOOK_BACK) : m.start].lower())
        entity = s.gazetteer.get(m.entity)
        if intro is None or entity is None or (entity.kind != "country" and not entity.country):
            continue  # "units of the UN mission": no state's army
        branches.setdefault(intro.group(1), set()).add(s.gazetteer.actor_of(m.entity))
    if not branches:
        return found
    out: list[Quantity] = []
    for q in found:
        states = branches.get(_branch(q.unit), set()) if q.actor is None and _people(q) else set()
        out.append(replace(q, actor=next(iter(states))) if len(states) == 1 else q)
    return out


def _people(q: Quantity) -> bool:
    return counts_people(q.measure) or q.measure == "casualty"


def _branch(unit: str) -> str:
    """"engineers" -> "engineer", "sappers" -> "sapper": the branch word of a plural noun."""
    word = unit.lower().rsplit(" ", 1)[-1]
    return word[:-1] if word.endswith("s") else word
