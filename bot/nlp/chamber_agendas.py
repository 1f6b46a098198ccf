"""A chamber that is to take up a treaty plans its vote on it: "The Federation Council is due
to consider the law on March 18", "the upper house will take up the treaty next week",
"the parliament would consider the agreement at an extraordinary session". No stage word
names the step; as with "will vote on", the vote approves, and the chamber's level refines it
(an upper house or a single chamber ratifies). "Seoul would consider sending weapons" names
no chamber, and "to consider the budget" no treaty: neither is a step.
"""

from __future__ import annotations

from bot.models import Stage
from bot.nlp.chambers import acting_body
from bot.nlp.context import Sentence
from bot.nlp.step_time import StepCue
from bot.nlp.treaty_words import REFERRING_NOUNS, STAGE_WORDS, TREATY_NOUNS

AGENDA_WORDS = frozenset({"consider", "take", "debate", "examine"})
_FUTURE = frozenset({"to", "will", "would", "shall"})
# What a chamber takes up: the treaty, the law or document standing for it, or "it".
_OBJECTS = TREATY_NOUNS | REFERRING_NOUNS | {"it"}
_OBJECT_REACH = 4  # "consider the ratification law", "take up the new border treaty"


def agenda_cues(s: Sentence, cues: list[StepCue]) -> list[StepCue]:
    """An APPROVED cue at each future "consider" / "take up" of a chamber whose object is the
    treaty or stands for it."""
    if AGENDA_WORDS.isdisjoint(s.words):
        return []  # most treaty sentences: one set test
    found: list[StepCue] = []
    for i in range(s.start + 1, s.end - 1):
        word = s.lowers[i]
        if word not in AGENDA_WORDS or s.lowers[i - 1] not in _FUTURE:
            continue
        start = i + 1
        if word == "take":
            if s.lowers[i + 1 : i + 3] == ["it", "up"]:
                start = i + 1  # "to take it up"
            elif s.lowers[i + 1] == "up":
                start = i + 2
            else:
                continue  # "take effect", "take part": no agenda
        obj = s.lowers[start : min(s.clause_end(start), start + _OBJECT_REACH)]
        if _OBJECTS.isdisjoint(obj) or not STAGE_WORDS.isdisjoint(obj[:2]):
            continue  # no treaty, or "consider ratification": the stage word tells the step
        if any(c.start in range(i, start + len(obj)) for c in cues) or _retold(s, i, cues):
            continue
        body = acting_body(s, i, Stage.APPROVED, set())
        if body is None or body[0].lower() in _PANELS:
            # "Seoul would consider all options": no chamber, no vote; "after it is reviewed
            # by the committee": a panel's review is no chamber's vote.
            continue
        found.append(StepCue(Stage.APPROVED, i, i + 1, word))
    return found


_PANELS = frozenset({"committee", "panel"})
_VOTED = frozenset({Stage.APPROVED, Stage.RATIFIED})


def _retold(s: Sentence, i: int, cues: list[StepCue]) -> bool:
    """"It still needs the approval of the upper house, which is due to take it up on Nov. 6":
    a relative clause giving the date of a step the sentence has named already."""
    first = s.clause_start(i)
    relative = s.lowers[first] in {"which", "who"} or (
        first > s.start and s.lowers[first - 1] in {"which", "who"}
    )
    return relative and any(c.stage in _VOTED and c.start < first for c in cues)
