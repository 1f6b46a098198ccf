"""Briefing transcripts whose answer calls the question's figures untrue:

    Question: Kyiv claims 3,000 of your soldiers died near Pokrovsk. Your comment?
    Spokesman Ivanov: These are fabrications of the Kiev regime. "3,000 dead" is a myth.

The reporter only retells what another source claims, and the speaker who answers rejects it
with a verdict word ("fabrication", "lie", "propaganda"), so the question's figures are the
answerer's denial, not news; the answer quoting them back ("3,000 dead") retells the same
figures and adds none. An answer with no verdict ("I won't put a number on it") denies nothing
and leaves the question's figures as they were read.
"""

from __future__ import annotations

import re
from dataclasses import replace

from bot.models import Claimant, Mention, Quantity
from bot.nlp.distrusted_answers import distrusts
from bot.nlp.gazetteer import Gazetteer
from bot.nlp.refused_reports import VERDICTS

# A turn: a line opening with a short speaker label and a colon ("Q:", "QUESTION:",
# "Journalist (Ukrinform):", "Maria Zakharova:", "MILLER:").
_TURN = re.compile(r"^([A-Z][\w.'’-]*(?: [A-Z][\w.'’-]*){0,3}(?: \([^)\n]{1,40}\))?):[ \t]",
                   re.MULTILINE)  # fmt: skip
_ASKERS = frozenset({"q", "question", "journalist", "reporter", "questioner"})
# "Answer:" or "A:" names no one: the denial is still the answer's, but with no name to give.
_ANONYMOUS = frozenset({"a", "answer"})
# The verdict opens the answer: one word in its first sentences, not a remark further on.
_VERDICT_REACH = 300
_WORD = re.compile(r"[a-z]+")


def denied_questions(
    text: str, mentions: list[Mention], quantities: list[Quantity], gazetteer: Gazetteer
) -> list[Quantity]:
    """The quantities, those of a question the answer calls untrue given to the answerer as
    denied, and the answer's retelling of them dropped."""
    if ":" not in text or not quantities:
        return quantities
    turns = list(_TURN.finditer(text))
    if len(turns) < 2:
        return quantities  # no transcript: one regex scan
    out = list(quantities)
    for k in range(len(turns) - 1):
        asker, answer = turns[k], turns[k + 1]
        if _label_word(asker) not in _ASKERS or _label_word(answer) in _ASKERS:
            continue
        end = turns[k + 2].start() if k + 2 < len(turns) else len(text)
        opening = text[answer.end() : min(end, answer.end() + _VERDICT_REACH)].lower()
        if VERDICTS.isdisjoint(_WORD.findall(opening)) and not distrusts(opening):
            continue  # the answer calls nothing untrue, nor refuses to trust it
        denier = _answerer(answer, mentions, gazetteer)
        asked = [q for q in out if asker.start() <= q.start < answer.start()]
        if not asked:
            continue
        values = {q.value for q in asked if q.value is not None}
        out = [
            replace(q, claimant=denier) if q in asked
            # The answer quoting the figures back ("These numbers, '4,700 casualties', ...").
            else q for q in out
            if not (answer.start() <= q.start < end and q.value in values)
        ]  # fmt: skip
    return out


def _label_word(turn: re.Match[str]) -> str:
    return turn.group(1).split()[0].lower()


def _answerer(turn: re.Match[str], mentions: list[Mention], gazetteer: Gazetteer) -> Claimant:
    """The speaker the label names, with the entities named in it and the country they
    speak for; a bare "A:" denies for no one in particular."""
    label = turn.group(1).split(" (")[0]
    entities: list[str] = []
    for m in mentions:
        if turn.start() <= m.start < turn.end():
            for who in (m.entity, gazetteer.actor_of(m.entity)):
                if who not in entities:
                    entities.append(who)
    name = "" if label.lower() in _ANONYMOUS else label
    return Claimant(name=name or "the answering speaker", entities=tuple(entities), denied=True)
