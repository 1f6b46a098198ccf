"""Soldiers counted as joining a force already told of are that force's: "about 1,000
soldiers from another unit have since joined the original contingent", "2,000 more men
reinforced the main force". The count names no country, but the force it joins is the one
counted earlier in the article with a demonym ("About 300 North Korean soldiers were
killed"), so it is that country's; an uncounted "alongside Russian forces" is no force told."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.context import Sentence

_JOINING = frozenset({"joined", "join", "joining", "joins", "reinforced", "reinforce",
                      "reinforcing", "reinforces"})  # fmt: skip
_POINTING = frozenset({"the", "their", "its"})
_FORCES = frozenset(
    {"force", "forces", "contingent", "deployment", "troops", "soldiers", "units", "corps",
     "expeditionary"}
)  # fmt: skip
# What a demonym names when it names the force: "North Korean soldiers".
_MILITARY = frozenset(
    {"soldiers", "troops", "units", "forces", "servicemen", "personnel", "contingent",
     "fighters", "force", "battalions", "brigades"}
)  # fmt: skip
_OBJECT_REACH = 3  # "joined the original force": opener, an adjective, the noun
_COUNT_REACH = 12  # "some 11,000 North Korean troops": the number a few characters before


def joined_force_owner(
    s: Sentence, found: list[Quantity], mentions: list[Mention]
) -> list[Quantity]:
    """The ownerless troop counts of a sentence that tells them joining a force, given to
    the country whose counted soldiers a demonym named last."""
    if _JOINING.isdisjoint(s.words) or not any(
        q.actor is None and q.category == "troop" for q in found
    ):
        return found  # nearly every sentence: one set test
    if not _joins_a_force(s):
        return found
    owner = _last_force(s, mentions)
    if owner is None:
        return found
    return [
        replace(q, actor=owner) if q.actor is None and q.category == "troop" else q for q in found
    ]


def _joins_a_force(s: Sentence) -> bool:
    lowers = s.lowers
    for k in range(s.start, s.end - 2):
        if (
            lowers[k] in _JOINING and lowers[k + 1] in _POINTING
            and not _FORCES.isdisjoint(lowers[k + 2 : min(s.end, k + 2 + _OBJECT_REACH)])
        ):  # fmt: skip
            return True
    return False


def _last_force(s: Sentence, mentions: list[Mention]) -> str | None:
    first = s.char_span(s.start, s.start + 1)[0]
    text = s.tokens.text
    for m in reversed(mentions):
        if m.start >= first:
            continue  # the force joined was named before this sentence
        word = text[m.end : m.end + 16].split()[:1]
        counted = any(c.isdigit() for c in text[max(0, m.start - _COUNT_REACH) : m.start])
        if counted and word and word[0].strip(",.;").lower() in _MILITARY:
            entity = s.gazetteer.get(m.entity)
            if entity is not None and entity.kind == "country":
                return s.gazetteer.actor_of(m.entity)
    return None
