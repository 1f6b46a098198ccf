"""A definite count of troops with no owner of its own stands for the troops the article
just told of: after "North Korean soldiers are being used as assault units", "the roughly
11,000 troops already in Russia" are North Korea's. The article "the" marks troops already
known to the reader, and the last force named with its country ("North Korean soldiers",
"Russia's troops") in the sentences just before is the one it means."""

from __future__ import annotations

import re
from collections.abc import Sequence

from bot.models import Mention
from bot.nlp.context import Sentence
from bot.nlp.definite_loss_subjects import definite_loss_subject
from bot.nlp.figures import Figure

FORCE_NOUNS = frozenset(
    {"troops", "soldiers", "forces", "servicemen", "personnel", "contingent", "fighters"}
)
_THE = frozenset({"the"})
_SENTENCES = 2  # the force must have been named in the last two sentences with names
_WORD = re.compile(r"[\w']+")


def told_forces_actor(s: Sentence, f: Figure, mentions: Sequence[Mention]) -> str | None:
    """The country of the force last named before, for "the N troops" with no owner."""
    if f.category != "troop" or _THE.isdisjoint(s.words):
        return None  # most figures: a cheap test
    if f.start - 1 < s.start or s.lowers[f.start - 1] != "the":
        return None  # "11,000 troops" is news of its own, not troops already told of
    if f.unit_end - 1 < s.start or s.lowers[f.unit_end - 1] not in FORCE_NOUNS:
        return None
    return last_told_force(s, mentions)


# "Thousands of those soldiers had been killed": a demonstrative points back at a force told.
_DEMONSTRATIVES = frozenset({"those", "these"})


def demonstrative_force_actor(
    s: Sentence, f: Figure, mentions: Sequence[Mention]
) -> str | None:
    """The country of the force last named before, for a count (a toll too) of "those
    soldiers": the demonstrative marks troops already told of, as "the" does above. A toll
    never carries on an earlier actor otherwise, so only this pointing word lets it."""
    if definite_loss_subject(s, f):  # "the returning units had lost several hundred men"
        return last_told_force(s, mentions)
    if f.unit_start - 1 < s.start or s.lowers[f.unit_start - 1] not in _DEMONSTRATIVES:
        return None  # the common case: one set test
    if s.lowers[f.unit_end - 1] not in FORCE_NOUNS:
        return None
    return last_told_force(s, mentions)


def last_told_force(
    s: Sentence, mentions: Sequence[Mention], reach: int = _SENTENCES
) -> str | None:
    """The state whose force was named last in the `reach` sentences with names before s."""
    first = s.char_span(s.start, s.start + 1)[0]
    sentences: list[str] = []
    for mention in reversed(mentions):
        if mention.start >= first:
            continue
        if mention.sentence not in sentences:
            if len(sentences) == reach:
                break
            sentences.append(mention.sentence)
        nth = sum(  # "North Korean Foreign Minister ... 15,000 North Korean soldiers"
            m.sentence == mention.sentence and m.surface == mention.surface
            and m.start < mention.start for m in mentions
        )  # fmt: skip
        if _names_force(mention, nth):
            entity = s.gazetteer.get(mention.entity)
            if entity is None or entity.kind != "country":
                return None  # the last force named is no state's: nothing to carry on
            return s.gazetteer.actor_of(mention.entity)
    return None


def _names_force(mention: Mention, nth: int) -> bool:
    """Whether the mention, the nth time its words occur in its sentence, stands right before
    a force noun ("North Korean soldiers", "Russia's troops")."""
    at = -1
    for _ in range(nth + 1):
        at = mention.sentence.find(mention.surface, at + 1)
        if at < 0:
            return False
    after = _WORD.findall(mention.sentence[at + len(mention.surface) :][:40].lower())
    if after[:1] in (["'s"], ["s"]):
        after = after[1:]
    return bool(after) and after[0] in FORCE_NOUNS
