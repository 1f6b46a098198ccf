"""Whose people a Q&A interview's answers count. In "Q:"/"A:" turns the questions set the
subject ("Q: How many North Korean soldiers are in Russia today?"), and the answers that
follow count that side without naming it again ("A: Our estimate is about 11,000 military
personnel." ... "Q: What have the losses been?" "A: More than 6,500 killed and wounded."). A
reader carries the side the latest question asked about, by naming its people or counting
them, to every ownerless count of troops or casualties in the answers until a question asks
about another side. A speaker's own side stays theirs: "our soldiers", "we lost 200"."""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Mention, Quantity
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.labelled_turns import labelled_turns
from bot.nlp.question_topics import opens_topic
from bot.nlp.transcripts import interview_turns

_COUNTED = frozenset({"troop", "casualty"})  # the people counts whose side a question sets
# A side named with its people right after: "North Korean soldiers", "Russia's troops".
_PEOPLE = re.compile(
    r"(?:['’]s)? +(?:soldiers|troops|forces?|army|servicemen|personnel|fighters|units|contingent)\b"
)
# The answerer's own side: "our soldiers", "our losses", "we lost". Not "by our count".
_OWN = re.compile(
    r"\b(?:our (?:own )?(?:soldiers|troops|men|forces|losses|casualties|dead|side)"
    r"|we (?:have )?lost)\b",
    re.IGNORECASE,
)


def answered_sides(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """`quantities` with ownerless troop and casualty counts in answers given the side the
    questions before them asked about."""
    # "SEN. HOLLOWAY: ...?" / "GEN. MENDEZ: ...": a hearing's labelled turns ask the same way.
    spans = interview_turns(text) or [(a, b, kind) for a, b, kind, _ in labelled_turns(text)]
    if not spans:
        return quantities
    sides: dict[int, str] = {}  # an answer's start -> the side asked about before it
    side = _lead_side(spans[0][0], quantities)
    for start, end, kind in spans:
        if kind == "Q":
            side = _asked_side(text, start, end, mentions, quantities, gazetteer) or side
        elif side is not None:
            sides[start] = side
    if not sides:
        return quantities
    out: list[Quantity] = []
    for q in quantities:
        answer = next((a for a, b, kind in spans if kind == "A" and a <= q.start < b), None)
        if (
            answer in sides
            and q.actor is None
            and q.category in _COUNTED
            and _OWN.search(text, max(answer or 0, q.start - 60), q.end) is None
        ):
            q = replace(q, actor=sides[answer or 0])
        out.append(q)
    return out


def _lead_side(first_turn: int, quantities: list[Quantity]) -> str | None:
    """The one side whose troops the article counts before its transcript begins: a hearing
    whose first questions ask of "the deployment" or "their losses" asks of the force the
    report has just introduced, so answers carry its side until a question names another."""
    found = {
        q.actor for q in quantities
        if q.start < first_turn and q.category == "troop" and q.actor is not None
    }  # fmt: skip
    return found.pop() if len(found) == 1 else None


def _asked_side(
    text: str,
    start: int,
    end: int,
    mentions: list[Mention],
    quantities: list[Quantity],
    gazetteer: Gazetteer,
) -> str | None:
    """The one side a question counts or names with its people, if it names one."""
    found = {
        q.actor for q in quantities
        if start <= q.start < end and q.category in _COUNTED and q.actor is not None
    }  # fmt: skip
    for m in mentions:
        if start <= m.start < end and (
            _PEOPLE.match(text, m.end) or opens_topic(text, m.start)  # "start with North Korea"
            or _people_named(m, gazetteer)  # "What about the North Koreans?"
        ):
            found.add(gazetteer.actor_of(m.entity))
    return found.pop() if len(found) == 1 else None


def _people_named(m: Mention, gazetteer: Gazetteer) -> bool:
    """Whether the mention names a side's people by their plural demonym ("North Koreans")."""
    return m.surface.endswith("s") and gazetteer.is_adjectival(m.surface[:-1])
