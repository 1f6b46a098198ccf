"""Dash-led interviews: an introduction names whom a correspondent interviewed ("Andrii Yusov,
a representative of the Defence Intelligence of Ukraine, spoke about this in an interview
with ..."), then the text runs in turns, each a line opening with a dash, the correspondent's
ending in a question mark. The answers are the interviewee's: a figure an answer gives with no
other source ("- According to our information, about 11,000 ...") is the interviewee's claim,
and so of the body the introduction says they speak for."""

from __future__ import annotations

import re

from bot.models import Claimant, Mention, Quantity
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.interview_guests import late_interviewee
from bot.nlp.transcripts import credit_answers

_TURN = re.compile(r"^[-–—] +(.+)$", re.MULTILINE)
_DASHES = ("-", "–", "—")  # the characters a `_TURN` line opens with
# A line after the first opening with one of them: one scan, not one per dash.
_LATER_DASH_LINE = re.compile("\n[-–—]")
# "in an interview with", "told ... in an interview", "an interview given to".
_INTERVIEW = re.compile(r"\binterview", re.IGNORECASE)
# The interviewee's name opening the introducing sentence, before an appositive.
_NAME = re.compile(r"([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}),")


def interview_answers(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """The quantities, those in an interview's answers with no claimant of their own given
    to the interviewee."""
    if not text.startswith(_DASHES) and _LATER_DASH_LINE.search(text) is None:
        return quantities  # a turn opens a line with a dash: substring tests, not a regex scan
    turns = list(_TURN.finditer(text))
    if not turns:
        return quantities  # most articles: no dash-led lines at all
    asked = [t.group(1).rstrip().endswith("?") for t in turns]
    if not any(asked) or all(asked):
        return quantities  # a dashed list, not questions and answers
    intro = text[: turns[0].start()]
    at = _INTERVIEW.search(intro)
    if at is None:
        return quantities  # dashes with no interview named: a list that happens to ask
    guest = _interviewee(intro, at.start(), mentions, gazetteer)
    if guest is None:
        return quantities
    # An answer is its line: a paragraph after it may be the article's own voice again.
    answers = [(t.start(), t.end()) for k, t in enumerate(turns) if not asked[k]]
    return credit_answers(quantities, answers, guest)


def _interviewee(
    intro: str, at: int, mentions: list[Mention], gazetteer: Gazetteer
) -> Claimant | None:
    """The person the sentence naming the interview opens with, and the body named before
    "interview" (the agency the person speaks for, and its country)."""
    start = max(intro.rfind(". ", 0, at) + 2, intro.rfind("\n", 0, at) + 1)
    opening = _NAME.match(intro, start)
    if opening is not None:
        name = opening.group(1)
    else:  # "..., representative of X Andrii Yusov said in an interview with the Agency."
        late = late_interviewee(intro[start:])
        if late is None:
            return None  # "In an interview, officials said ...": no one person interviewed
        name = late[1]
    entities: list[str] = []
    for m in mentions:
        if start <= m.start < at:
            entity = gazetteer.get(m.entity)
            if entity is None or entity.kind != "org":
                continue
            for who in (entity.name, gazetteer.actor_of(entity.name)):
                if who not in entities:
                    entities.append(who)
    if not entities:
        return None  # whom the interviewee speaks for is not told: a private voice
    return Claimant(name=name, entities=tuple(entities))
