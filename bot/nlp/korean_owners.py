"""A bare "Korean" before the people counted, in a story that has so far named only the
North: "Korean sappers", "nine Korean soldiers were killed". Copy about Pyongyang's forces
drops the "North" once the story has made clear whose they are (Russian sources in
particular write "Korean friends", "Korean servicemen"), and the figure is the North's.

Only an ownerless count of people whose own words put "Korean" (not "North Korean" or "South
Korean") before the noun; only when the mentions so far name North Korea (or one of its
bodies) and nothing of South Korea's. A story that has named both Koreas leaves it open."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.casualty_counts import PEOPLE_MEASURES
from bot.nlp.context import Sentence

_NORTH, _SOUTH = "North Korea", "South Korea"
_SIDES = frozenset({"north", "south", "n.", "s."})
_PEOPLE = frozenset({"troop", "casualty"}) | PEOPLE_MEASURES


def korean_owner(s: Sentence, found: list[Quantity], mentions: list[Mention]) -> list[Quantity]:
    """The sentence's figures, an ownerless count of "Korean" people given to the North
    when the story so far has named the North alone."""
    if "korean" not in s.words:
        return found  # nearly every sentence
    if not any(q.actor is None and q.category in _PEOPLE for q in found):
        return found
    sides = {s.gazetteer.actor_of(m.entity) for m in mentions}
    if _NORTH not in sides or _SOUTH in sides:
        return found
    text = s.tokens.text
    out = []
    for q in found:
        if q.actor is None and q.category in _PEOPLE and _bare_korean(text[q.start : q.end]):
            q = replace(q, actor=_NORTH)
        out.append(q)
    return out


def _bare_korean(span: str) -> bool:
    """Whether "Korean" stands in the figure's words with no "North"/"South" before it."""
    words = span.lower().split()
    return any(
        w == "korean" and (k == 0 or words[k - 1] not in _SIDES) for k, w in enumerate(words)
    )
