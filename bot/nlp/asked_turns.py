"""Bare answers in labelled transcripts. A press conference or interview printed in turns
("Q: ... how many North Korean troops are still in Russia?" then "RUTTE: Our allies'
intelligence services put it at more than 10,000"; "Q: Where are the North Koreans now?" then
"Kovalenko: I'd guess around 10,000 are still in Kursk") answers with a number and no noun:
it counts the people the question just asked about, and they are that side's. Only the turn
right after a question is read so, and only when the question names one side's people."""

from __future__ import annotations

import re
from bisect import bisect_left

from bot.nlp.bare_numbers import BareNumber, Implied, figure_like
from bot.nlp.context import Sentence
from bot.nlp.demonym_forces import soldiers_told_before

# A turn's label opening its line: "Q", "A", "RUTTE", "Tom Hadley", "Rhian Morgan MP (Chair)".
_LABEL = re.compile(r"[A-Z][\w'’.-]*(?: [A-Z(][\w'’.()-]*){0,4}")
_LABEL_REACH = 40  # a label is a name or a role: a longer run before a colon is prose
# Soldiers named after a side's adjective: "North Korean troops", "Russian soldiers".
_TROOP_NOUNS = frozenset(
    {"troops", "soldiers", "forces", "servicemen", "personnel", "fighters", "units"}
)

# Words after a number that make it no fresh count: a part ("of them"), a share, a figure
# referred to ("that 3,000 figure"), a slip corrected ("about 1,100 -- excuse me, 11,000").
_NOT_COUNTS = frozenset(
    {"of", "%", "figure", "number", "estimate", "count", "total", "-", "--", "–", "—"}
)


def asked_turn_count(s: Sentence, n: BareNumber) -> Implied | None:
    """A bare number in an answer turn as a count of the people the question before it
    asked about, with their side; None when the number is not in such an answer."""
    text = s.tokens.text
    at = s.tokens.idxs[n.num]
    line = text.rfind("\n", 0, at) + 1
    colon = text.find(":", line, min(at, line + _LABEL_REACH))
    if colon < 0 or not _LABEL.fullmatch(text, line, colon) or text[line:colon] == "Q":
        return None  # nearly every number: its line opens with no speaker's label
    after = s.lowers[n.end] if n.end < len(s.lowers) else ""
    if not s.texts[n.num][:1].isdigit() or after in _NOT_COUNTS:
        return None  # "the one I gave", "that 3,000 figure", "1,100 -- excuse me, 11,000"
    if text.find(s.texts[n.num], 0, line) >= 0:
        return None  # "Our estimate remains more than 10,000": a figure told before, again
    asked_start, asked_end = line_before(text, line)
    asked = text[asked_start:asked_end]
    q_colon = asked.find(":", 0, _LABEL_REACH)
    if not asked.endswith("?") or q_colon < 0 or not _LABEL.fullmatch(asked, 0, q_colon):
        return None  # the turn before is no labelled question: nothing asked to count
    if any(c.isdigit() for c in asked):
        return None  # "Q: ... about 2,000 have died. Is that credible?": asks about a figure
    side = asked_people(s, asked_start, asked_end)
    if side is None:
        return None
    actor, troops = side
    military = troops or soldiers_told_before(s)
    measure = ("troop", "troop") if military else ("person", "person")
    return figure_like(n, measure, measure[0]), actor


def line_before(text: str, line: int) -> tuple[int, int]:
    """The span of the non-blank line before the line starting at `line`: the turn an answer
    replies to, with the breaks between them dropped."""
    end = len(text[:line].rstrip())
    return text.rfind("\n", 0, end) + 1, end


def asked_people(s: Sentence, start: int, end: int) -> tuple[str, bool] | None:
    """The one side whose people the question in text [start, end) names ("the North
    Koreans", "North Korean troops"), and whether it names them as soldiers. The question is
    an earlier sentence, so its names are looked up here, capitalised words only.
    asked_answers.py reads the sentences before a noun-less question so too."""
    tokens = s.tokens
    first = bisect_left(tokens.idxs, start)
    last = bisect_left(tokens.idxs, end)
    sides: dict[str, bool] = {}
    k = first
    while k < last:
        if not tokens.texts[k][:1].isupper():
            k += 1
            continue
        for width in (2, 1):  # "North Koreans" before "Koreans"
            alias = " ".join(tokens.texts[k : k + width])
            entity = s.gazetteer.lookup(alias) if k + width <= last else None
            if entity is None or entity.kind != "country":
                continue
            troops = k + width < last and tokens.lowers[k + width] in _TROOP_NOUNS
            if troops or (not s.gazetteer.is_adjectival(alias) and alias.endswith("s")):
                actor = s.gazetteer.actor_of(entity.name)
                sides[actor] = sides.get(actor, False) or troops
            k += width - 1
            break
        k += 1
    if len(sides) != 1:
        return None  # no side's people asked about, or two: the answer may count either
    ((actor, troops),) = sides.items()
    return actor, troops
