"""Whose soldiers a bare count counts when the noun was left to the sentences before: "North
Korean soldiers have returned to the front ... About 3,000 have been killed or wounded, the
statement said", "The soldiers, most of them from the 11th Corps, ... About 11,000 have been
deployed so far, a lawmaker said". The number has no noun, so no side either; the reader
takes both from the soldiers the paragraph has just been describing, and those soldiers'
side is the country whose adjective named them ("North Korean infantrymen").

Only a count written with no noun (a written "3,000 troops" with no side is some other
army's, or nobody's the text cares about), only when its own sentence names no state (that
name is the side, or a rival one, for the owner rules to read), only from this sentence
and the two before it (further back, the soldiers may be another army's), and only when those
name one side's soldiers: "300 Belarusian soldiers were killed and 200 Polish soldiers
wounded. The total was about 1,900" is nobody's in particular."""

from __future__ import annotations

from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.context import Sentence

_PEOPLE = frozenset({"troop", "casualty"})
# What a country's adjective names when it names its soldiers: "North Korean infantrymen".
_MILITARY = frozenset(
    {"soldiers", "troops", "units", "forces", "servicemen", "infantrymen", "personnel",
     "contingent", "fighters", "mercenaries", "conscripts"}
)  # fmt: skip
# The last word of a figure with no noun: "About 11,000", "Several thousand".
_NUMBER_WORDS = frozenset({"hundred", "thousand", "million", "dozen", "hundreds", "thousands"})
_SENTENCES_BACK = 2


def bare_count_sides(s: Sentence, found: list[Quantity], mentions: list[Mention]) -> list[Quantity]:
    """The sentence's ownerless bare counts of soldiers or their dead, given the country of
    the one side's soldiers named in this sentence or the two before."""
    if not any(q.actor is None and q.category in _PEOPLE for q in found):
        return found  # nearly every sentence: one pass over its figures
    if any(m.kind == "country" for m in s.mentions):
        return found  # a state named here: the clause's own owner rules decide
    text = s.tokens.text
    out = list(found)
    side: str | None = None
    for k, q in enumerate(out):
        if q.actor is not None or q.category not in _PEOPLE or not _bare(text[q.start : q.end]):
            continue
        if k and _part_of_before(text, out[k - 1], q):
            continue  # "about 777,470 personnel, including 1,630 over the past day"
        if side is None:
            side = _soldiers_side(s, mentions, q.start)
            if side is None:
                return found
        out[k] = replace(q, actor=side)
    return out


# "the enemy's losses are 777,470, including 1,630 over the past day": a part told after its
# whole counts the whole's people, whose owner rules give it its side or none; the soldiers
# named before (a headline's "North Korean units") are not what the whole counts.
_PARTS = ("including", "of which", "of whom")


def _part_of_before(text: str, whole: Quantity, part: Quantity) -> bool:
    """Whether `part` follows `whole` in its sentence as "..., including N"."""
    if whole.sentence != part.sentence or whole.end > part.start:
        return False
    gap = " ".join(text[whole.end : part.start].split()).lower().lstrip(",( ")
    return gap in _PARTS


def _bare(figure: str) -> bool:
    """Whether the figure's text ends in its number: no noun was written after it."""
    words = figure.split()
    return bool(words) and (words[-1][-1:].isdigit() or words[-1].lower() in _NUMBER_WORDS)


def _soldiers_side(s: Sentence, mentions: list[Mention], before: int) -> str | None:
    """The one country whose adjective names soldiers between the start of the sentence two
    before this one and the character `before`; None when none or two sides do (with two
    armies in the paragraph, the bare count may be either's)."""
    first = s.tokens.idxs[s.earlier_start(_SENTENCES_BACK)]
    text = s.tokens.text
    sides: set[str] = set()
    for m in reversed(mentions):
        if m.start >= before:
            continue
        if m.start < first:
            break
        word = text[m.end : m.end + 16].split()[:1]
        if not word or word[0].strip(",.;:").lower() not in _MILITARY:
            continue
        entity = s.gazetteer.get(m.entity)
        if entity is not None and entity.kind == "country":
            sides.add(s.gazetteer.actor_of(m.entity))
    return sides.pop() if len(sides) == 1 else None
